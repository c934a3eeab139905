package io.infrasync.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code diff} or {@code sync} run reported with {@code --output json}: the demo runs the real commands
 * and reads their machine-readable summary rather than reaching around them.
 *
 * @param runId   the run id
 * @param status  {@code dry-run}, {@code applied} or {@code failed}
 * @param cache   the run's cache folder
 * @param summary a count from the run's summary, by key; see {@link #count(String)}
 * @param errors  the per-object errors reported (the command reports at most 100)
 * @param failure why the run failed, when it did
 */
public record RunReport(String runId, String status, Path cache, JsonNode summary, List<ObjectError> errors,
        Optional<String> failure) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One per-object error.
     *
     * @param resource the destination kind
     * @param sourceId the source object's id
     * @param message  what went wrong
     */
    public record ObjectError(String resource, String sourceId, String message) {
    }

    /**
     * Parses the JSON object a run command printed.
     *
     * @throws IllegalArgumentException when the text is not such an object (the message quotes its start)
     */
    public static RunReport parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a run summary: " + abbreviate(json), e);
        }
        if (root == null || !root.hasNonNull("run_id") || !root.hasNonNull("cache")) {
            throw new IllegalArgumentException("not a run summary: " + abbreviate(json));
        }
        List<ObjectError> errors = new ArrayList<>();
        root.path("errors").forEach(error -> errors.add(new ObjectError(error.path("resource").asText(),
                error.path("source_id").asText(""), error.path("message").asText())));
        JsonNode failure = root.path("failure");
        return new RunReport(root.get("run_id").asText(), root.path("status").asText(), Path.of(root.get("cache").asText()),
                root.path("summary"), List.copyOf(errors),
                failure.isNull() || failure.isMissingNode() ? Optional.empty() : Optional.of(failure.asText()));
    }

    /** A summary count ({@code create}, {@code no-change}, {@code created}, {@code errors} ...), 0 when absent. */
    public long count(String key) {
        return summary.path(key).asLong(0);
    }

    private static String abbreviate(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
