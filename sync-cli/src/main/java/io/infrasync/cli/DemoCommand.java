package io.infrasync.cli;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.app.Application;
import io.infrasync.cli.app.ExitCodes;
import io.infrasync.cli.demo.DemoEnvironment;
import io.infrasync.cli.demo.DemoLog;
import io.infrasync.cli.demo.DemoSandboxes;
import io.infrasync.cli.demo.RunReport;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The first command a new user runs: a NetBox-to-Infrahub sync against loopback sandboxes, with the upstream
 * example configuration, through the real adapters and the real {@code diff} and {@code sync} commands (the
 * demo runs them as a user would, with {@code --output json}, and reads their summaries). It prints what it
 * started, what the diff planned, what the sync created per kind, that a second diff finds nothing to do,
 * and where the run cache is, with the DuckDB query to look into it; then it stops the servers.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a sandbox NetBox (NetBox demo data) and a sandbox Infrahub on 127.0.0.1, run a real"
                + " diff and sync with the upstream netbox_to_infrahub example config, show the results and"
                + " the run cache, then stop the servers.")
final class DemoCommand implements Callable<Integer> {

    /** The upstream example configuration, copied verbatim (see demo/SOURCES.md). */
    static final String CONFIG_RESOURCE = "/demo/netbox_to_infrahub/config.yml";
    private static final int ERRORS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    private PrintWriter out;
    private boolean text;

    @Override
    public Integer call() throws IOException {
        Application app = root.application();
        out = spec.commandLine().getOut();
        text = root.output == InfrahubSyncCommand.Format.text && !root.quiet;
        long started = System.nanoTime();
        Path cacheRoot = app.cache().root();
        Path folder = Files.createTempDirectory("infrahub-sync-demo-");
        try (DemoLog log = root.verbose ? null : DemoLog.to(spec.commandLine().getErr())) {
            section("1/5 Sandboxes (127.0.0.1, stopped at the end)");
            long t = System.nanoTime();
            try (DemoSandboxes sandboxes = DemoSandboxes.start()) {
                Map<String, Integer> netboxCounts = sandboxes.netboxCounts();
                line("NetBox    %s  token %s", sandboxes.netboxUrl(), sandboxes.netboxToken());
                line("          NetBox demo data: %d objects in %d endpoints", sum(netboxCounts.values()),
                        netboxCounts.size());
                line("Infrahub  %s  token %s", sandboxes.infrahubUrl(), sandboxes.infrahubToken());
                line("          schema models/examples/netbox.yml, no data yet");
                line("          started in %s", seconds(t));
                return runDemo(app, sandboxes, folder, cacheRoot, started);
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    private int runDemo(Application app, DemoSandboxes sandboxes, Path folder, Path cacheRoot, long started)
            throws IOException {
        Path config = folder.resolve("config.yml");
        try (InputStream in = DemoCommand.class.getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo configuration " + CONFIG_RESOURCE + " is missing from the jar");
            }
            Files.copy(in, config);
        }
        section("2/5 Configuration");
        line("upstream examples/netbox_to_infrahub/config.yml (sync 'from-netbox'), unmodified, in %s"
                + " (removed at the end)", config);
        line("aimed at the sandboxes with INFRAHUB_SYNC_SOURCE_URL/_TOKEN and INFRAHUB_SYNC_DESTINATION_URL/_TOKEN");
        Application demo = new Application(DemoEnvironment.of(app.environment(), sandboxes, cacheRoot),
                app.workingDirectory(), Path.of(System.getProperty("user.home", ".")), app.clock());
        ParquetRunCache cache = demo.cache();

        section("3/5 diff: read both sides, plan, write nothing");
        long t = System.nanoTime();
        Step diff = run(demo, "diff", "--config-file", config.toString(), "--quiet");
        if (diff.failed()) {
            return diff.exitCode();
        }
        String sync = "from-netbox";
        Map<String, Long> planned = createsByKind(cache, sync, diff.report().runId());
        line("%d to create, %d to update, %d to delete, %d unchanged   (%s)", diff.report().count("create"),
                diff.report().count("update"), diff.report().count("delete"), diff.report().count("no-change"), seconds(t));
        line("run %s   cache %s", diff.report().runId(), diff.report().cache());

        section("4/5 sync --continue-on-error: write to Infrahub tier by tier");
        List<String> kinds = new ArrayList<>(planned.keySet());
        Map<String, Integer> before = sandboxes.infrahubCounts(kinds);
        t = System.nanoTime();
        // --no-parallel: the example's explicit 'order' is written one kind at a time anyway.
        Step syncStep = run(demo, "sync", "--config-file", config.toString(), "--no-diff", "--continue-on-error",
                "--no-parallel", "--quiet");
        if (syncStep.failed()) {
            return syncStep.exitCode();
        }
        RunReport written = syncStep.report();
        String syncSeconds = seconds(t);
        Map<String, Integer> after = sandboxes.infrahubCounts(kinds);
        Map<String, Long> created = new LinkedHashMap<>();
        kinds.forEach(kind -> created.put(kind, (long) after.get(kind) - before.get(kind)));
        int width = kinds.stream().mapToInt(String::length).max().orElse(4);
        line("%-" + width + "s  %8s  %8s", "kind", "planned", "created");
        created.forEach((kind, count) -> line("%-" + width + "s  %8d  %8d", kind, planned.get(kind), count));
        line("%d created, %d updated, %d deleted, %d objects failed   (%s)", written.count("created"),
                written.count("updated"), written.count("deleted"), written.count("errors"), syncSeconds);
        reportErrors(written);
        line("run %s %s   cache %s", written.runId(), written.status(), written.cache());

        section("5/5 diff again: Infrahub now matches NetBox");
        t = System.nanoTime();
        Step again = run(demo, "diff", "--config-file", config.toString(), "--quiet");
        if (again.failed()) {
            return again.exitCode();
        }
        RunReport check = again.report();
        line("%d to create, %d to update, %d to delete, %d unchanged   (%s)", check.count("create"), check.count("update"),
                check.count("delete"), check.count("no-change"), seconds(t));
        long leftOver = check.count("create") + check.count("update") + check.count("delete");
        if (leftOver > 0) {
            line("%d changes remain: the objects that failed above are planned again", leftOver);
        }

        Path plan = written.cache().resolve("plan.parquet");
        section("Run cache");
        line("%s", written.cache());
        try (Stream<Path> files = Files.list(written.cache())) {
            files.map(file -> file.getFileName().toString() + (Files.isDirectory(file) ? "/" : "")).sorted()
                    .forEach(name -> line("  %s", name));
        }
        line("Query it with DuckDB (no import step):");
        line("  duckdb -c \"SELECT action, resource, source_id, new_value FROM read_parquet('%s')"
                + " WHERE action <> 'create' LIMIT 20\"", plan);
        line("  (a first sync into an empty Infrahub only creates, so this returns no rows here;"
                + " drop the WHERE clause to see the creates)");
        line("Try it on your own NetBox: infrahub-sync diff --config-file <your config.yml> (see README.md)");

        boolean promised = !"failed".equals(written.status()) && written.count("created") > 0;
        String verdict = promised ? "done" : "did not create anything";
        if (root.output == InfrahubSyncCommand.Format.json) {
            printJson(sandboxes, diff.report(), written, check, created, plan, started);
        } else {
            if (text) {
                out.println();
            }
            out.printf(Locale.ROOT, "demo %s in %s: %d objects synced from NetBox to Infrahub, run %s, %d object errors;"
                    + " servers stopped.%n", verdict, seconds(started), written.count("created"), written.runId(),
                    written.count("errors"));
        }
        out.flush();
        return promised ? ExitCodes.OK : ExitCodes.OBJECT_ERRORS;
    }

    /** What one command of the demo did: its exit code and, when it printed one, its JSON summary. */
    private record Step(int exitCode, RunReport report) {
        boolean failed() {
            return report == null;
        }
    }

    /**
     * Runs one command of this CLI over the demo's application, exactly as a user would type it (with
     * {@code --output json} so the demo can read the outcome). Its errors go to our standard error. Exit codes 0
     * and 1 (some objects failed) carry a summary; any other is a failure the command already explained.
     */
    private Step run(Application demo, String... arguments) {
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(demo);
        StringWriter captured = new StringWriter();
        commandLine.setOut(new PrintWriter(captured, true));
        commandLine.setErr(spec.commandLine().getErr());
        List<String> args = new ArrayList<>(List.of("--output", "json"));
        if (root.verbose) {
            args.add("--verbose");
        }
        args.addAll(List.of(arguments));
        int code = commandLine.execute(args.toArray(String[]::new));
        if (code != ExitCodes.OK && code != ExitCodes.OBJECT_ERRORS || captured.toString().isBlank()) {
            spec.commandLine().getErr().println("demo stopped: 'infrahub-sync " + String.join(" ", arguments)
                    + "' ended with exit code " + code);
            return new Step(code == ExitCodes.OK ? ExitCodes.ADAPTER : code, null);
        }
        return new Step(code, RunReport.parse(captured.toString()));
    }

    /** Objects the plan creates, by destination kind, in plan order. */
    private static Map<String, Long> createsByKind(ParquetRunCache cache, String sync, String runId) {
        Map<String, Set<String>> objects = new LinkedHashMap<>();
        try (RunCacheRows<PlanRow> rows = cache.reader(SyncName.of(sync), RunId.of(runId)).plan()) {
            while (rows.hasNext()) {
                PlanRow row = rows.next();
                if (row.action() == PlanAction.CREATE) {
                    objects.computeIfAbsent(row.resource(), k -> new HashSet<>()).add(row.sourceId());
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        objects.forEach((kind, ids) -> counts.put(kind, (long) ids.size()));
        return counts;
    }

    private void reportErrors(RunReport report) {
        if (report.errors().isEmpty()) {
            return;
        }
        Map<String, Long> byKind = new TreeMap<>();
        report.errors().forEach(error -> byKind.merge(error.resource(), 1L, Long::sum));
        line("%d objects could not be written (recorded in errors.parquet; --continue-on-error wrote the rest):",
                report.count("errors"));
        byKind.forEach((kind, count) -> line("  %-24s %d", kind, count));
        report.errors().stream().limit(ERRORS_SHOWN)
                .forEach(error -> line("  %s %s: %s", error.resource(), error.sourceId(), error.message()));
        if (report.count("errors") > ERRORS_SHOWN) {
            line("  ... see errors.parquet for all of them");
        }
    }

    private void printJson(DemoSandboxes sandboxes, RunReport diff, RunReport sync, RunReport check,
            Map<String, Long> created, Path plan, long started) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "demo");
        json.put("netbox_url", sandboxes.netboxUrl());
        json.put("infrahub_url", sandboxes.infrahubUrl());
        json.put("diff_run_id", diff.runId());
        json.put("run_id", sync.runId());
        json.put("status", sync.status());
        json.put("summary", sync.summary());
        json.put("created_by_kind", created);
        json.put("changes_after_sync", check.count("create") + check.count("update") + check.count("delete"));
        json.put("cache", sync.cache().toString());
        json.put("plan", plan.toString());
        json.put("errors", sync.errors());
        json.put("seconds", (System.nanoTime() - started) / 1e9);
        out.println(RunCommands.write(json));
    }

    private void section(String title) {
        if (text) {
            out.println();
            out.println("== " + title);
        }
    }

    private void line(String format, Object... arguments) {
        if (text) {
            out.printf(Locale.ROOT, format + "%n", arguments);
        }
    }

    private static long sum(Collection<Integer> counts) {
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless; the demo's result does not depend on it.
        }
    }
}
