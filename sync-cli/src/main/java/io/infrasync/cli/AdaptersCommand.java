package io.infrasync.cli;

import io.infrasync.cli.wiring.AdapterDescriptor;
import io.infrasync.cli.wiring.AdapterPaths;
import io.infrasync.cli.wiring.AdapterRegistry;
import io.infrasync.cli.wiring.AdapterRegistryException;
import io.infrasync.spi.Spi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code infrahub-sync adapters}: lists every adapter this installation can use (built-in and
 * plugins), with version, SPI version, capabilities and the jar it was loaded from, so users can debug
 * their adapter path. Adapters that cannot run here are listed with the reason.
 */
@Command(name = "adapters", mixinStandardHelpOptions = true,
        description = "List the available adapters: id, version, SPI version, capabilities and jar location.")
final class AdaptersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--adapter-path", paramLabel = "PATH",
            description = "An extra adapter jar or folder of jars (repeatable); also read from "
                    + AdapterPaths.ENVIRONMENT_VARIABLE + ".")
    List<Path> adapterPaths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AdapterRegistry registry = AdapterRegistry.discover(
                AdapterPaths.collect(adapterPaths, List.of(), null, System.getenv()))) {
            List<AdapterDescriptor> adapters = registry.adapters();
            out.println("Adapter SPI " + Spi.version() + "; " + adapters.size() + " adapter(s) found.");
            if (adapters.isEmpty()) {
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "VERSION", "SPI", "CAPABILITIES", "LOCATION"});
            for (AdapterDescriptor adapter : adapters) {
                rows.add(new String[] {
                    adapter.id(),
                    adapter.version(),
                    adapter.spiVersion().toString(),
                    adapter.capabilities().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                    adapter.location() + (adapter.builtIn() ? " (built-in)" : " (plugin)")
                });
            }
            printTable(out, rows);
            for (AdapterDescriptor adapter : adapters) {
                adapter.problem().ifPresent(problem -> out.println("unusable: " + problem));
            }
            return 0;
        } catch (AdapterRegistryException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.length; column++) {
                if (column == row.length - 1) {
                    line.append(row[column]);
                } else {
                    line.append(String.format("%-" + widths[column] + "s  ", row[column]));
                }
            }
            out.println(line);
        }
    }
}
