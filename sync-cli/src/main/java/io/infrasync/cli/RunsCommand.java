package io.infrasync.cli;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.PruneReport;
import io.infrasync.core.domain.run.RetentionPolicy;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infrahub-sync runs list|show|prune}: the runs recorded in the cache for one sync. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "The runs recorded in the run cache for one sync.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.ShowRun.class, RunsCommand.PruneRuns.class})
final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, show or prune");
    }

    private static String summary(RunRecord record) {
        StringBuilder text = new StringBuilder();
        record.summary().forEach((key, value) -> text.append(text.length() == 0 ? "" : " ").append(key).append('=')
                .append(value));
        return text.toString();
    }

    /** {@code runs list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Runs of a sync, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        RunsCommand runs;

        @Mixin
        SyncSelection selection;

        @Override
        public Integer call() {
            var app = runs.root.application();
            String sync = selection.syncName(app);
            List<RunInfo> infos = new ArrayList<>(app.cache().runs(SyncName.of(sync)));
            infos.sort((a, b) -> b.runId().compareTo(a.runId()));
            PrintWriter out = spec.commandLine().getOut();
            if (runs.root.output == InfrahubSyncCommand.Format.json) {
                List<Object> rows = new ArrayList<>();
                for (RunInfo info : infos) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("run_id", info.runId().value());
                    if (info.record() != null) {
                        row.put("status", info.record().status().wireName());
                        row.put("mode", info.record().mode().wireName());
                        row.put("started_at", info.record().startedAt().toString());
                        row.put("finished_at", info.record().finishedAt() == null ? null : info.record().finishedAt().toString());
                        row.put("summary", info.record().summary());
                        row.put("error", info.record().error());
                    } else {
                        row.put("problem", info.problem());
                    }
                    rows.add(row);
                }
                out.println(RunCommands.write(rows));
                return 0;
            }
            if (infos.isEmpty()) {
                out.println("no runs of '" + sync + "' in " + app.cache().root());
                return 0;
            }
            for (RunInfo info : infos) {
                RunRecord record = info.record();
                if (record == null) {
                    out.println(info.runId() + "  unreadable: " + info.problem());
                } else {
                    out.println(info.runId() + "  " + record.status().wireName() + "  " + record.mode().wireName() + "  "
                            + record.startedAt() + "  " + summary(record)
                            + (record.error() == null ? "" : "  error: " + record.error()));
                }
            }
            return 0;
        }
    }

    /** {@code runs show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "A run's record and its plan rows.")
    static final class ShowRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        RunsCommand runs;

        @Mixin
        SyncSelection selection;

        @Parameters(index = "0", paramLabel = "ID", description = "The run id.")
        String runId;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only plan rows of this kind.")
        String kind;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only plan rows with this action: create, update or delete.")
        String action;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N plan rows (default 50; 0 = all).")
        int limit = 50;

        @Override
        public Integer call() {
            var app = runs.root.application();
            ParquetRunCache cache = app.cache();
            PlanAction wanted = action == null ? null : parseAction(action);
            RunCacheReader reader = cache.reader(SyncName.of(selection.syncName(app)), RunId.of(runId));
            RunRecord record = reader.record();
            List<PlanRow> rows = new ArrayList<>();
            long matching = 0;
            try (RunCacheRows<PlanRow> plan = reader.plan()) {
                while (plan.hasNext()) {
                    PlanRow row = plan.next();
                    if ((kind == null || kind.equals(row.resource())) && (wanted == null || wanted == row.action())) {
                        matching++;
                        if (limit <= 0 || rows.size() < limit) {
                            rows.add(row);
                        }
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (runs.root.output == InfrahubSyncCommand.Format.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("run_id", runId);
                json.put("status", record.status().wireName());
                json.put("mode", record.mode().wireName());
                json.put("summary", record.summary());
                json.put("error", record.error());
                json.put("schema_sub_hash", reader.schemaSubHash().map(Object::toString).orElse(null));
                json.put("plan_rows", matching);
                json.put("plan", rows.stream().map(row -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("action", row.action().name().toLowerCase(Locale.ROOT));
                    r.put("resource", row.resource());
                    r.put("source_id", row.sourceId());
                    r.put("dest_id", row.destId());
                    r.put("old_value", row.oldValue());
                    r.put("new_value", row.newValue());
                    return r;
                }).toList());
                out.println(RunCommands.write(json));
                return 0;
            }
            out.println("run " + runId + "  " + record.status().wireName() + "  " + record.mode().wireName() + "  started "
                    + record.startedAt() + (record.finishedAt() == null ? "" : "  finished " + record.finishedAt()));
            out.println("summary: " + summary(record));
            if (record.error() != null) {
                out.println("error: " + record.error());
            }
            record.fallbackReasons().forEach(reason -> out.println("note: " + reason));
            out.println("plan: " + matching + " row(s)" + (matching > rows.size() ? ", showing " + rows.size() : ""));
            for (PlanRow row : rows) {
                out.println("  " + row.action().name().toLowerCase(Locale.ROOT) + " " + row.resource() + " " + row.sourceId()
                        + (row.destId() == null ? "" : " (" + row.destId() + ")")
                        + (row.newValue() == null ? "" : " " + row.newValue()));
            }
            return 0;
        }

        private PlanAction parseAction(String text) {
            for (PlanAction candidate : PlanAction.values()) {
                if (candidate.name().equalsIgnoreCase(text)) {
                    return candidate;
                }
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "--action must be create, update or delete, not '"
                    + text + "'");
        }
    }

    /** {@code runs prune}. */
    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Delete old runs: keep the newest N and/or those younger than a duration.")
    static final class PruneRuns implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        RunsCommand runs;

        @Mixin
        SyncSelection selection;

        @Option(names = "--keep", paramLabel = "N", description = "Keep the newest N runs.")
        Integer keep;

        @Option(names = "--older-than", paramLabel = "DURATION",
                description = "Only delete runs older than this: 30d, 12h, 45m or ISO-8601 (P7D).")
        String olderThan;

        @Override
        public Integer call() {
            var app = runs.root.application();
            RetentionPolicy policy = new RetentionPolicy(keep, olderThan == null ? null : duration(olderThan));
            PruneReport report;
            try (RunCacheSession session = app.cache().open(SyncName.of(selection.syncName(app)), Duration.ofSeconds(60))) {
                report = session.prune(policy, app.clock().instant());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (runs.root.output == InfrahubSyncCommand.Format.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("deleted", report.deleted().stream().map(RunId::value).toList());
                Map<String, String> kept = new LinkedHashMap<>();
                report.protectedRuns().forEach((id, why) -> kept.put(id.value(), why));
                json.put("protected", kept);
                out.println(RunCommands.write(json));
                return 0;
            }
            report.deleted().forEach(id -> out.println("deleted " + id));
            report.protectedRuns().forEach((id, why) -> out.println("kept " + id + ": " + why));
            out.println(report.deleted().size() + " run(s) deleted");
            return 0;
        }

        private Duration duration(String text) {
            try {
                if (text.matches("\\d+[dhm]")) {
                    long amount = Long.parseLong(text.substring(0, text.length() - 1));
                    return switch (text.charAt(text.length() - 1)) {
                        case 'd' -> Duration.ofDays(amount);
                        case 'h' -> Duration.ofHours(amount);
                        default -> Duration.ofMinutes(amount);
                    };
                }
                return text.startsWith("P") && text.contains("D") && !text.contains("T")
                        ? Duration.ofDays(java.time.Period.parse(text).getDays()) : Duration.parse(text);
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--older-than: '" + text
                        + "' is not a duration (30d, 12h, 45m, P7D, PT12H)");
            }
        }
    }
}
