package io.infrasync.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress as a user sees it: the shaded jar runs under a real pseudo-terminal ({@code script} from util-linux,
 * or tmux with {@code pipe-pane} when {@code script} is missing; skipped when neither is installed) against the
 * sandboxes, and the raw bytes it sent to the terminal are checked: live lines redrawn in place with carriage
 * return + erase-line, per-resource counts and rates, bars for writes, and one final line per resource. With
 * {@code --no-show-progress}, or when the output is not a terminal, the same runs print plain lines only.
 *
 * <p>{@code -Dpty.tool=tmux} forces the tmux path (to check it on a machine that has both).
 */
class ProgressTerminalIT {

    private static final String ERASE = "\r\u001b[K";
    /** A final (or plain) progress line: stage, resource, count, rate, elapsed. */
    private static final String LINE = "%s +([0-9,]+)  [0-9,]+/s  [0-9.]+s";

    private static Path jar;

    @TempDir
    Path dir;

    SandboxWorld world;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("infrahubsync.jar");
        assertThat(property).as("system property infrahubsync.jar (set by failsafe in sync-cli/pom.xml)").isNotNull();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar").isRegularFile();
    }

    @BeforeEach
    void start() {
        world = SandboxWorld.start(dir);
        // Small pages and batches: several redraws per resource even on the demo data.
        world.writeConfig(Map.of("page_size", "5"), Map.of("batch_size", "10", "page_size", "5"));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void onATerminalLoadsAndWritesAreRedrawnInPlaceWithCountsRatesAndBars() throws Exception {
        Terminal terminal = Terminal.find().orElse(null);
        assumeTrue(terminal != null, "neither 'script' (util-linux) nor 'tmux' is installed: no pseudo-terminal to test with");
        // The upstream example, unmodified, aimed at the sandboxes through the environment as the demo does; it
        // writes more than one batch (100) of interfaces, so the write bar has frames to show.
        Path config = dir.resolve("upstream/config.yml");
        Files.createDirectories(config.getParent());
        try (var in = ProgressTerminalIT.class.getResourceAsStream("/demo/netbox_to_infrahub/config.yml")) {
            Files.copy(in, config);
        }
        Map<String, String> environment = Map.of(
                "INFRAHUB_SYNC_SOURCE_URL", world.netbox.baseUrl(), "INFRAHUB_SYNC_SOURCE_TOKEN", world.netbox.token(),
                "INFRAHUB_SYNC_SOURCE_PAGE_SIZE", "5",
                "INFRAHUB_SYNC_DESTINATION_URL", world.infrahub.baseUrl(),
                "INFRAHUB_SYNC_DESTINATION_TOKEN", world.infrahub.token());

        String raw = terminal.run(dir, command(config, "sync", "--no-diff", "--continue-on-error"), cacheEnvironment(environment));

        assertThat(raw).as(raw).contains("run ").contains(" applied (0 errors)");
        assertThat(raw).contains(ERASE + "load A  ").contains(ERASE + "load B  ").contains(ERASE + "write   ");
        int sites = world.netbox.store().count("dcim/sites");
        // Several frames of one resource, counting up to its total, then its final line.
        List<Long> frames = counts(raw, Pattern.quote(ERASE) + "load A  dcim\\.sites +([0-9,]+)  [0-9,]+/s");
        assertThat(new LinkedHashSet<>(frames)).as(raw).hasSizeGreaterThan(1).contains((long) sites);
        assertThat(frames).isSorted();
        assertThat(visibleLines(raw)).as(raw)
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "load A  dcim\\.sites")))
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "load B  LocationGeneric")))
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "diff    plan")))
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "write   InfraInterfaceL2L3")));
        // Writes know their total: a bar that fills up batch by batch.
        Matcher bar = Pattern.compile(Pattern.quote(ERASE)
                + "write   InfraInterfaceL2L3 +\\[([#.]{10})\\] ([0-9,]+)/([0-9,]+)  [0-9,]+/s").matcher(raw);
        Set<String> bars = new LinkedHashSet<>();
        while (bar.find()) {
            bars.add(bar.group(1) + " " + bar.group(2) + "/" + bar.group(3));
        }
        assertThat(bars).as(raw).hasSizeGreaterThan(1).last().asString().startsWith("#".repeat(10) + " ");
        // Redrawn lines fit an 80-column terminal (a wrapped line would leave a copy behind at every redraw).
        for (String frame : raw.split(Pattern.quote(ERASE))) {
            String shown = frame.split("[\r\n]", 2)[0];
            if (shown.matches("(load|diff|write) .*")) {
                assertThat(shown).hasSizeLessThanOrEqualTo(79);
            }
        }
        // Once a resource is done its bar is erased: the lines the terminal keeps are final lines, never a bar.
        assertThat(visibleLines(raw)).noneMatch(line -> line.startsWith("write ") && line.contains("["));
    }

    @Test
    void withNoShowProgressATerminalGetsPlainLines() throws Exception {
        Terminal terminal = Terminal.find().orElse(null);
        assumeTrue(terminal != null, "neither 'script' (util-linux) nor 'tmux' is installed: no pseudo-terminal to test with");

        String raw = terminal.run(dir, command(world.configFile(), "diff", "--no-show-progress"), cacheEnvironment(Map.of()));

        assertPlainLines(raw.replace("\r\n", "\n"));
    }

    @Test
    void withoutATerminalProgressIsPlainLines() throws Exception {
        List<String> command = command(world.configFile(), "diff");
        Path out = dir.resolve("plain.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Terminal.isolate(builder, cacheEnvironment(Map.of()));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in 120 s").isTrue();
        String raw = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(raw).isZero();

        assertPlainLines(raw);
    }

    private void assertPlainLines(String output) {
        assertThat(output).as(output).contains("diff '" + SandboxWorld.SYNC + "': ");
        assertThat(output).doesNotContain("\r").doesNotContain("\u001b");
        int sites = world.netbox.store().count("dcim/sites");
        assertThat(output.lines()).as(output)
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "load A  dcim\\.sites"))
                        .contains(" " + sites + "  "))
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "load B  BuiltinTag")))
                .anySatisfy(line -> assertThat(line).matches(String.format(LINE, "diff    plan")));
    }

    private Map<String, String> cacheEnvironment(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(more);
        environment.put("INFRAHUB_SYNC_CACHE_DIR", world.cacheRoot.toString());
        return environment;
    }

    private static List<String> command(Path config, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        command.addAll(List.of("--config-file", config.toString()));
        return command;
    }

    /** The counts of every match of {@code regex} (group 1), in order. */
    private static List<Long> counts(String raw, String regex) {
        List<Long> counts = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(raw);
        while (matcher.find()) {
            counts.add(Long.parseLong(matcher.group(1).replace(",", "")));
        }
        return counts;
    }

    /** What the terminal shows on each line once redraws are applied: the text after the last carriage return. */
    private static List<String> visibleLines(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\r?\n")) {
            String erased = line.replace("\u001b[K", "");
            lines.add(erased.substring(erased.lastIndexOf('\r') + 1).stripTrailing());
        }
        return lines;
    }

    /** A way to run a command under a pseudo-terminal and get the raw bytes it wrote. */
    private sealed interface Terminal {

        String run(Path dir, List<String> command, Map<String, String> environment) throws IOException, InterruptedException;

        static Optional<Terminal> find() {
            String forced = System.getProperty("pty.tool", "");
            Optional<Terminal> terminal = !forced.equals("tmux") && onPath("script") ? Optional.of(new Script())
                    : onPath("tmux") ? Optional.of(new Tmux()) : Optional.empty();
            System.out.println("ProgressTerminalIT: pseudo-terminal via " + terminal.map(Object::toString).orElse("nothing"));
            return terminal;
        }

        private static boolean onPath(String tool) {
            for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, tool))) {
                    return true;
                }
            }
            return false;
        }

        /** The command as one shell line, every word single-quoted. */
        static String shellLine(List<String> command) {
            StringBuilder line = new StringBuilder();
            for (String word : command) {
                line.append(line.isEmpty() ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
            }
            return line.toString();
        }

        /**
         * The child's environment: {@code more} (the cache folder, overrides), and none of the other variables through which a developer's shell
         * would aim the adapters at a real NetBox or Infrahub instead of the config's sandboxes.
         */
        static void isolate(ProcessBuilder builder, Map<String, String> more) {
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("NETBOX_") || name.startsWith("NAUTOBOT_")
                    || name.startsWith("INFRAHUB_"));
            environment.putAll(more);
        }

        static void await(Process process, String what) throws InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(what + " did not finish in 120 s");
            }
        }
    }

    /** {@code script -qfec "<command>" /dev/null}: the command's terminal output is script's standard output. */
    private record Script() implements Terminal {
        @Override
        public String run(Path dir, List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
            Path out = dir.resolve("script-out.txt");
            ProcessBuilder builder = new ProcessBuilder("script", "-qfec", Terminal.shellLine(command), "/dev/null")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Terminal.isolate(builder, environment);
            builder.environment().put("TERM", "xterm");
            Process process = builder.start();
            Terminal.await(process, "script " + command);
            String raw = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(raw).isZero();
            return raw;
        }
    }

    /**
     * A detached tmux session runs the command once {@code pipe-pane} copies the pane's raw output to a file; the
     * command's exit code comes back through another file.
     */
    private record Tmux() implements Terminal {
        @Override
        public String run(Path dir, List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
            // A private server (-S socket in the temp folder) so that nothing touches other tmux sessions of this user.
            String session = "infrahub-sync-it";
            String socket = dir.resolve("tmux.sock").toString();
            Path raw = dir.resolve("tmux-out.txt");
            Path go = dir.resolve("tmux-go");
            Path code = dir.resolve("tmux-code");
            String script = "cd '" + dir + "' && while [ ! -e '" + go + "' ]; do sleep 0.05; done; "
                    + Terminal.shellLine(command) + "; echo $? > '" + code + "'; sleep 0.5";
            tmux(socket, environment, "new-session", "-d", "-s", session, "-x", "200", "-y", "50", script);
            try {
                tmux(socket, environment, "pipe-pane", "-o", "-t", session, "cat > '" + raw + "'");
                Files.createFile(go);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!Files.exists(code) || Files.size(code) == 0) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("tmux " + command + " did not finish in 120 s");
                    }
                    Thread.sleep(100);
                }
                Thread.sleep(200); // pipe-pane's cat flushes the last bytes
                String output = Files.readString(raw, StandardCharsets.UTF_8);
                assertThat(Files.readString(code).strip()).as(output).isEqualTo("0");
                return output;
            } finally {
                new ProcessBuilder("tmux", "-S", socket, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
            }
        }

        private static void tmux(String socket, Map<String, String> environment, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("tmux", "-S", socket));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Terminal.isolate(builder, environment);
            Process process = builder.start();
            Terminal.await(process, "tmux " + args[0]);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("tmux " + String.join(" ", args) + ": " + output).isZero();
        }
    }
}
