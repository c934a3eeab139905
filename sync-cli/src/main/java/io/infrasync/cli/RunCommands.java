package io.infrasync.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.app.Application;
import io.infrasync.cli.app.ConsoleProgress;
import io.infrasync.cli.app.ExitCodes;
import io.infrasync.cli.config.ConfigLoader;
import io.infrasync.cli.config.LoadedConfig;
import io.infrasync.cli.wiring.AdapterDescriptor;
import io.infrasync.cli.wiring.AdapterRegistry;
import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.Capability;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code diff}, {@code sync} and {@code apply} share: load the configuration, open the adapters, run the
 * use case with console progress, print the outcome (text or JSON) and turn it into an exit code.
 */
final class RunCommands {

    /** Which use case to run. */
    enum Kind { DIFF, SYNC, APPLY }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_ERRORS_SHOWN = 20;

    private RunCommands() {
    }

    static int run(CommandSpec spec, InfrahubSyncCommand root, SyncSelection selection, Kind kind, RunSettings settings,
            boolean showProgress, boolean printPlan) {
        Application app = root.application();
        settings = settings.withLockTimeout(java.time.Duration.ofSeconds(Math.max(0, selection.lockTimeoutSeconds)))
                .withBranch(selection.branch);
        PrintWriter err = spec.commandLine().getErr();
        boolean jsonLogs = root.logFormat == InfrahubSyncCommand.Format.json;
        // Live lines need a terminal; --no-show-progress and redirected output get plain periodic lines instead.
        ConsoleProgress.Style style = root.quiet ? ConsoleProgress.Style.QUIET
                : showProgress && System.console() != null && !jsonLogs ? ConsoleProgress.Style.LIVE
                : ConsoleProgress.Style.LINES;
        ConsoleProgress progress = new ConsoleProgress(err, style, jsonLogs, app.clock());
        ConsoleProgress.LogWarnings logWarnings = progress.showLogWarnings();
        try {
            return run(spec, root, selection, kind, settings, printPlan, progress);
        } finally {
            logWarnings.close();
        }
    }

    private static int run(CommandSpec spec, InfrahubSyncCommand root, SyncSelection selection, Kind kind,
            RunSettings settings, boolean printPlan, ConsoleProgress progress) {
        Application app = root.application();
        PrintWriter out = spec.commandLine().getOut();
        LoadedConfig loaded = selection.load(app);
        loaded.notices().forEach(progress::info);
        if (root.verbose) {
            ConfigLoader.settingOrigins(loaded.config()).forEach(progress::info);
        }
        var config = loaded.config();
        ParquetRunCache cache = app.cache();
        RunPipeline pipeline = app.pipeline(cache);
        RunOutcome outcome;
        try (AdapterRegistry registry = app.registry(selection.adapterPaths, config.adaptersPath(), loaded.file());
                Adapter source = kind == Kind.APPLY ? null : open(registry, config.source(), selection.branch, loaded, app);
                Adapter destination = open(registry, config.destination(), selection.branch, loaded, app);
                Interrupts interrupts = Interrupts.install(app)) {
            if (selection.branch != null && !supportsBranches(registry, config.source())
                    && !supportsBranches(registry, config.destination())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--branch " + selection.branch
                        + ": neither '" + config.source().name() + "' nor '" + config.destination().name()
                        + "' supports branches");
            }
            RunRequest request = new RunRequest(config, source, destination,
                    registry.descriptor(config.destination().name()).capabilities(), settings, progress);
            outcome = switch (kind) {
                case DIFF -> pipeline.diff(request);
                case SYNC -> pipeline.sync(request);
                case APPLY -> pipeline.apply(request);
            };
        }
        Path folder = cache.runFolder(SyncName.of(config.name()), outcome.runId());
        if (root.output == InfrahubSyncCommand.Format.json) {
            printJson(out, config.name(), kind, outcome, folder);
        } else {
            if (printPlan && !root.quiet) {
                printPlan(out, cache, config.name(), outcome);
            }
            printText(out, config.name(), kind, outcome, folder, root.quiet);
        }
        out.flush();
        boolean failed = outcome.failure().isPresent() || !outcome.errors().isEmpty();
        return failed ? ExitCodes.OBJECT_ERRORS : ExitCodes.OK;
    }

    private static boolean supportsBranches(AdapterRegistry registry, AdapterConfig adapter) {
        return registry.descriptor(adapter.name()).capabilities().contains(Capability.BRANCHES);
    }

    private static Adapter open(AdapterRegistry registry, AdapterConfig adapter, String branch, LoadedConfig loaded,
            Application app) {
        AdapterDescriptor descriptor = registry.descriptor(adapter.name());
        AdapterSettings settings = AdapterSettings.of(adapter.settings());
        if (branch != null && descriptor.capabilities().contains(Capability.BRANCHES)) {
            settings = settings.withBranch(branch);
        }
        AdapterContext context = AdapterContext.builder()
                .environment(app.environment())
                .baseDirectory(loaded.file().toAbsolutePath().getParent())
                .clock(app.clock())
                .cancellation(app::isCancelled)
                .logger(System.getLogger("io.infrasync.adapter." + adapter.name()))
                .build();
        return registry.open(adapter.name(), settings, context);
    }

    private static void printPlan(PrintWriter out, ParquetRunCache cache, String sync, RunOutcome outcome) {
        try (RunCacheRows<PlanRow> rows = cache.reader(SyncName.of(sync), outcome.runId()).plan()) {
            while (rows.hasNext()) {
                PlanRow row = rows.next();
                out.println("  " + row.action().name().toLowerCase(Locale.ROOT) + " " + row.resource() + " " + row.sourceId()
                        + (row.newValue() == null ? "" : " " + row.newValue()));
            }
        }
    }

    static void printText(PrintWriter out, String sync, Kind kind, RunOutcome outcome, Path folder, boolean quiet) {
        if (!quiet) {
            out.printf(Locale.ROOT, "%s '%s': %d to create, %d to update, %d to delete, %d unchanged%n",
                    kind.name().toLowerCase(Locale.ROOT), sync, outcome.count("create"), outcome.count("update"),
                    outcome.count("delete"), outcome.count("no-change"));
            if (kind != Kind.DIFF && outcome.summary().containsKey("created")) {
                out.printf(Locale.ROOT, "written: %d created, %d updated, %d deleted%n", outcome.count("created"),
                        outcome.count("updated"), outcome.count("deleted"));
            }
            outcome.notices().forEach(notice -> out.println("note: " + notice));
            List<ErrorRow> errors = outcome.errors();
            for (int i = 0; i < Math.min(errors.size(), MAX_ERRORS_SHOWN); i++) {
                ErrorRow error = errors.get(i);
                out.println("error: " + error.resource() + " " + error.sourceId() + ": " + error.message());
            }
            if (errors.size() > MAX_ERRORS_SHOWN) {
                out.println("... " + (errors.size() - MAX_ERRORS_SHOWN) + " more errors in errors.parquet");
            }
        }
        outcome.failure().ifPresent(failure -> out.println("failed: " + failure));
        out.println("run " + outcome.runId() + " " + outcome.status().wireName() + " (" + outcome.errors().size()
                + " errors)  cache " + folder);
    }

    static void printJson(PrintWriter out, String sync, Kind kind, RunOutcome outcome, Path folder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", kind.name().toLowerCase(Locale.ROOT));
        json.put("sync", sync);
        json.put("run_id", outcome.runId().value());
        json.put("mode", outcome.mode().wireName());
        json.put("status", outcome.status().wireName());
        json.put("summary", new java.util.TreeMap<>(outcome.summary()));
        json.put("cache", folder.toString());
        json.put("failure", outcome.failure().orElse(null));
        json.put("notices", outcome.notices());
        json.put("errors", outcome.errors().stream().limit(100).map(error -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("error_class", error.errorClass());
            row.put("resource", error.resource());
            row.put("source_id", error.sourceId());
            row.put("dest_id", error.destId());
            row.put("message", error.message());
            return row;
        }).toList());
        out.println(write(json));
    }

    static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON output", e);
        }
    }
}
