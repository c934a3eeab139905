package io.infrasync.core.domain.config;

import java.util.List;

/**
 * Every problem found in one configuration file, reported together rather than one per run. The message
 * lists each problem on its own line.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in file order. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (ConfigProblem problem : problems) {
            if (text.length() > 0) {
                text.append(System.lineSeparator());
            }
            text.append(problem);
        }
        return text.toString();
    }
}
