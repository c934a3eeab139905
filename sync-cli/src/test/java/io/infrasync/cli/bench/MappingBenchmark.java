package io.infrasync.cli.bench;

import io.infrasync.cli.config.ConfigLoader;
import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.MappingResult;
import io.infrasync.core.mapping.MappingSession;
import io.infrasync.core.mapping.SourceRecord;
import io.infrasync.core.port.out.ExpressionEvaluator;
import io.infrasync.core.domain.run.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark harness (a main method, not run by the build): maps N device records with 5 attribute fields,
 * 2 references (site, tenant) and one Jinja transform, plus their peers, through the real loader, planner,
 * Jinjava evaluator and session. Prints the wall time of add + finish per iteration.
 *
 * <p>Usage: {@code java -cp ... io.infrasync.cli.bench.MappingBenchmark [records] [iterations]}
 */
public final class MappingBenchmark {

    private static final String CONFIG = """
            name: bench
            source: {name: netbox}
            destination: {name: infrahub}
            schema_mapping:
              - name: LocationSite
                mapping: dcim.sites
                identifiers: [name]
                fields:
                  - {name: name, mapping: slug}
              - name: OrganizationTenant
                mapping: tenancy.tenants
                identifiers: [name]
                fields:
                  - {name: name, mapping: name}
              - name: InfraDevice
                mapping: dcim.devices
                identifiers: [name, site]
                fields:
                  - {name: name, mapping: name}
                  - {name: serial, mapping: serial}
                  - {name: description, mapping: description}
                  - {name: status, mapping: status.value}
                  - {name: height, mapping: u_height}
                  - {name: site, mapping: site, reference: LocationSite}
                  - {name: tenant, mapping: tenant, reference: OrganizationTenant}
                transforms:
                  - field: name
                    expression: "{{ name.lower() }}"
            """;

    private MappingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SyncConfig config = new ConfigLoader(Map.of()).parse(CONFIG, Path.of("bench.yml")).config();
        // -Dbench.plainTransform=true swaps Jinja for a plain Java lower-case, to separate the engine's own cost.
        ExpressionEvaluator evaluator = Boolean.getBoolean("bench.plainTransform")
                ? expression -> context -> ((String) context.get("name")).toLowerCase(java.util.Locale.ROOT)
                : new JinjavaExpressionEvaluator();
        MappingPlan plan = MappingPlan.build(config, Optional.empty(), evaluator);
        List<SourceRecord> peers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            peers.add(new SourceRecord("dcim.sites", String.valueOf(i), Map.of("id", i, "slug", "site-" + i)));
        }
        for (int i = 0; i < 100; i++) {
            peers.add(new SourceRecord("tenancy.tenants", String.valueOf(i), Map.of("id", i, "name", "Tenant " + i)));
        }
        List<SourceRecord> devices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", i);
            data.put("name", "Device-" + i);
            data.put("serial", "SN" + i);
            data.put("description", "");
            data.put("status", Map.of("value", "active", "label", "Active"));
            data.put("u_height", 1 + i % 4);
            data.put("site", Map.of("id", i % 1000, "url", "https://nb/api/dcim/sites/" + (i % 1000) + "/"));
            data.put("tenant", Map.of("id", i % 100, "url", "https://nb/api/tenancy/tenants/" + (i % 100) + "/"));
            devices.add(new SourceRecord("dcim.devices", String.valueOf(i), data));
        }
        System.out.printf("records=%d cores=%d%n", count, Runtime.getRuntime().availableProcessors());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int iteration = 1; iteration <= iterations; iteration++) {
            System.gc();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            MappingSession session = plan.newSession(Side.A);
            session.addAll(peers);
            session.addAll(devices);
            long added = System.nanoTime();
            long cpuAdded = os.getProcessCpuTime();
            long mainAdded = threads.getCurrentThreadCpuTime();
            MappingResult result = session.finish();
            long end = System.nanoTime();
            long cpuEnd = os.getProcessCpuTime();
            long mainFinish = threads.getCurrentThreadCpuTime() - mainAdded;
            // On a loaded machine wall time mostly measures waiting for a CPU. CPU time does not: the process CPU of
            // a phase spread over the cores, or the main thread's CPU for its serial part, bounds what the phase
            // takes on idle cores.
            System.out.printf("iteration %d: wall %d ms (add %d ms, finish %d ms), process cpu %d ms (add %d ms, finish %d ms,"
                    + " finish on the main thread %d ms), %d objects, %d issues%n",
                    iteration, (end - start) / 1_000_000, (added - start) / 1_000_000, (end - added) / 1_000_000,
                    (cpuEnd - cpuStart) / 1_000_000, (cpuAdded - cpuStart) / 1_000_000, (cpuEnd - cpuAdded) / 1_000_000,
                    mainFinish / 1_000_000, result.objects().size(), result.issues().size());
        }
    }
}
