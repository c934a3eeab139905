package io.infrasync.example.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.cli.wiring.AdapterDescriptor;
import io.infrasync.cli.wiring.AdapterPathEntry;
import io.infrasync.cli.wiring.AdapterRegistry;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin path end to end: this module's packaged jar is handed to the real CLI and registry
 * through {@code --adapter-path}, with this module's classes kept off the host class path, exactly as
 * a user installs a third-party adapter.
 */
class ExamplePluginIT {

    private final Path jar = Path.of(System.getProperty("example.adapter.jar"));

    @TempDir
    Path folder;

    @Test
    void theCliListsThePluginFoundThroughAdapterPath() throws Exception {
        assertThat(jar).isRegularFile();
        String hostClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !ownLocations().contains(Path.of(entry).toAbsolutePath().normalize()))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", hostClassPath, "io.infrasync.cli.Main", "adapters", "--adapter-path", jar.toString())
                .redirectErrorStream(true);
        builder.environment().remove("INFRAHUB_SYNC_ADAPTER_PATHS");
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("csv-folder +0\\.1\\.0-SNAPSHOT +1\\.0 +READ,SCHEMA,WRITE,DELETE,LIST_IDS +"
                + java.util.regex.Pattern.quote(jar + " (plugin)"));
    }

    @Test
    void theRegistryOpensThePluginInItsOwnClassLoaderAndReadsAndWrites() throws IOException {
        for (String file : new String[] {"sites.csv", "regions.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/tck-folder/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        ClassLoader host = new HidingOwnServices(getClass().getClassLoader(), ownLocations());
        try (AdapterRegistry registry = AdapterRegistry.discover(host, List.of(new AdapterPathEntry(jar, "--adapter-path")))) {
            AdapterDescriptor descriptor = registry.descriptor("csv-folder");
            assertThat(descriptor.builtIn()).isFalse();
            assertThat(descriptor.location()).isEqualTo(jar.toString());
            assertThat(descriptor.usable()).isTrue();

            AdapterContext context = AdapterContext.builder().baseDirectory(folder.getParent()).build();
            try (Adapter adapter = registry.open("csv-folder",
                    AdapterSettings.of(Map.of("directory", folder.getFileName().toString(), "page_size", "2")), context)) {
                List<OperationResult> results = adapter.write(WriteBatch.of(
                        WriteOperation.create("sites", Map.of("name", "Lyon", "asn", 64_999L))));
                assertThat(results).singleElement().extracting(OperationResult::destinationIdIfApplied)
                        .isEqualTo(java.util.Optional.of("3000000001"));
                List<AdapterRecord> records = new ArrayList<>();
                int pages = 0;
                try (PageStream<AdapterRecord> stream = adapter.read(ReadRequest.of("sites"))) {
                    for (var page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
                        pages++;
                        records.addAll(page.get());
                    }
                }
                assertThat(pages).isEqualTo(3);
                assertThat(records).extracting(AdapterRecord::localId)
                        .containsExactly("3000000000", "1", "2", "3", "4", "3000000001");
                assertThat(records.get(5).data()).containsEntry("name", "Lyon").containsEntry("asn", "64999");
            }
        }
        assertThat(Files.readString(folder.resolve("sites.csv"))).endsWith("3000000001,Lyon,64999,\r\n");
    }

    /** Where this module's own classes live (classes folder or jar, and test classes). */
    private static Set<Path> ownLocations() {
        // failsafe puts the packaged jar itself on the class path, so locations may coincide
        return new HashSet<>(List.of(location(CsvFolderAdapterFactory.class), location(ExamplePluginIT.class),
                Path.of(System.getProperty("example.adapter.jar")).toAbsolutePath().normalize()));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test class path holds this module's classes and service file; a real host does not. Hiding
     * the service file keeps ServiceLoader from reporting the adapter as built-in as well as plugin.
     */
    private static final class HidingOwnServices extends ClassLoader {
        private final Set<Path> hidden;

        HidingOwnServices(ClassLoader parent, Set<Path> hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> visible = new ArrayList<>();
            for (URL url : Collections.list(getParent().getResources(name))) {
                if (name.equals("META-INF/services/" + AdapterFactory.class.getName()) && isHidden(url)) {
                    continue;
                }
                visible.add(url);
            }
            return Collections.enumeration(visible);
        }

        private boolean isHidden(URL url) {
            String text = url.toString();
            return hidden.stream().anyMatch(path -> text.contains(path.toUri().getPath().replaceAll("/$", "")));
        }
    }
}
