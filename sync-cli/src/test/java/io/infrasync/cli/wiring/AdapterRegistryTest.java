package io.infrasync.cli.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.cli.wiring.fixture.FutureSpiAdapterFactory;
import io.infrasync.cli.wiring.fixture.GreetingAdapterFactory;
import io.infrasync.cli.wiring.fixture.NewerMinorAdapterFactory;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ReadRequest;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterRegistryTest {

    @TempDir
    Path temp;

    private final AdapterContext context = AdapterContext.builder().build();

    private static List<AdapterPathEntry> path(Path path) {
        return List.of(new AdapterPathEntry(path, "--adapter-path"));
    }

    @Test
    void pluginJarIsFoundAndRunsInAnIsolatedClassLoader() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("greeting.jar"), List.of(GreetingAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(jar))) {
            AdapterDescriptor descriptor = registry.descriptor("greeting");
            assertThat(descriptor.builtIn()).isFalse();
            assertThat(descriptor.location()).isEqualTo(jar.toString());
            assertThat(descriptor.version()).isEqualTo("1.2.3");
            assertThat(descriptor.capabilities()).containsExactly(Capability.READ);
            assertThat(descriptor.usable()).isTrue();

            try (Adapter adapter = registry.open("greeting", AdapterSettings.of(Map.of("greeting", "grüezi")), context);
                 PageStream<AdapterRecord> records = adapter.read(ReadRequest.of("greetings"))) {
                AdapterRecord record = records.nextPage().orElseThrow().get(0);
                assertThat(record.data()).containsEntry("message", "grüezi")
                        .containsEntry("seesPicocli", false)
                        .containsEntry("seesHostWiring", false)
                        .containsEntry("contextLoaderWasOwnOnOpen", true);
            }
        }
    }

    @Test
    void aFolderHoldsPluginsDirectlyAndOnePerSubFolder() throws IOException {
        TestJars.pluginJar(temp.resolve("plugins/greeting/greeting.jar"), List.of(GreetingAdapterFactory.class));
        TestJars.pluginJar(temp.resolve("plugins/future.jar"), List.of(FutureSpiAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(temp.resolve("plugins")))) {
            assertThat(registry.adapters()).extracting(AdapterDescriptor::id).contains("future", "greeting");
            assertThat(registry.usableIds()).contains("greeting").doesNotContain("future");
        }
    }

    @Test
    void twoAdaptersWithOneIdAreAnErrorNamingBothJars() throws IOException {
        Path first = TestJars.pluginJar(temp.resolve("a/greeting.jar"), List.of(GreetingAdapterFactory.class));
        Path second = TestJars.pluginJar(temp.resolve("b/greeting-copy.jar"), List.of(GreetingAdapterFactory.class));
        assertThatThrownBy(() -> AdapterRegistry.discover(List.of(new AdapterPathEntry(first, "--adapter-path"),
                new AdapterPathEntry(second, AdapterPaths.ENVIRONMENT_VARIABLE))))
                .isInstanceOf(AdapterRegistryException.class)
                .hasMessage("adapter id 'greeting' is provided twice: by " + first + " and by " + second
                        + "; remove one of them");
    }

    @Test
    void theSameJarNamedTwiceIsLoadedOnce() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("greeting.jar"), List.of(GreetingAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(List.of(new AdapterPathEntry(jar, "--adapter-path"),
                new AdapterPathEntry(jar, AdapterPaths.ENVIRONMENT_VARIABLE)))) {
            assertThat(registry.usableIds()).contains("greeting");
        }
    }

    @Test
    void anUnknownIdListsTheAvailableOnes() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("greeting.jar"), List.of(GreetingAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(jar))) {
            assertThatThrownBy(() -> registry.open("netbx", AdapterSettings.empty(), context))
                    .isInstanceOf(AdapterRegistryException.class)
                    .hasMessageStartingWith("unknown adapter 'netbx'; available adapters: ")
                    .hasMessageContaining("greeting");
        }
    }

    @Test
    void anotherSpiMajorIsListedButRefusedWithBothVersionsAndTheJar() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("future.jar"), List.of(FutureSpiAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(jar))) {
            String expected = "adapter 'future' in " + jar + " was built for adapter SPI 2.0, but this infrahub-sync "
                    + "provides SPI 1.0: use a build of the adapter for SPI 1.x";
            assertThat(registry.descriptor("future").problem()).contains(expected);
            assertThatThrownBy(() -> registry.open("future", AdapterSettings.empty(), context))
                    .isInstanceOf(AdapterRegistryException.class).hasMessage(expected);
        }
    }

    @Test
    void aNewerSpiMinorIsRefusedBecauseItMayCallMethodsThisHostLacks() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("newer.jar"), List.of(NewerMinorAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(jar))) {
            String newer = Spi.MAJOR + "." + (Spi.MINOR + 1);
            assertThat(registry.descriptor("newer-minor").problem()).contains("adapter 'newer-minor' in " + jar
                    + " was built for adapter SPI " + newer + ", newer than the SPI " + Spi.version()
                    + " this infrahub-sync provides: upgrade infrahub-sync");
            assertThat(registry.usableIds()).doesNotContain("newer-minor");
        }
    }

    @Test
    void missingPathsAndJarsWithoutServiceFileAreErrorsNamingTheOrigin() throws IOException {
        Path missing = temp.resolve("nowhere.jar");
        assertThatThrownBy(() -> AdapterRegistry.discover(path(missing)))
                .hasMessage("adapter path " + missing + " (from --adapter-path) does not exist");

        Path bare = TestJars.jarWithoutServiceFile(temp.resolve("bare.jar"), List.of(GreetingAdapterFactory.class));
        assertThatThrownBy(() -> AdapterRegistry.discover(path(bare)))
                .hasMessage("no adapter found in " + bare + " (from --adapter-path): a plugin jar must list its "
                        + "AdapterFactory in META-INF/services/io.infrasync.spi.AdapterFactory");

        Path text = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> AdapterRegistry.discover(path(text)))
                .hasMessageContaining("is neither a .jar file nor a folder");
    }

    @Test
    void builtInAdaptersComeFromTheHostClassPath() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("host/greeting.jar"), List.of(GreetingAdapterFactory.class));
        // The test class path already holds the classes; the jar only adds the service file, as a
        // built-in adapter module does inside the shaded jar.
        try (URLClassLoader host = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
             AdapterRegistry registry = AdapterRegistry.discover(host, List.of())) {
            AdapterDescriptor descriptor = registry.descriptor("greeting");
            assertThat(descriptor.builtIn()).isTrue();
            assertThat(descriptor.location()).endsWith("test-classes");
        }
    }

    @Test
    void aBranchIsRefusedForAdaptersWithoutBranches() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("greeting.jar"), List.of(GreetingAdapterFactory.class));
        try (AdapterRegistry registry = AdapterRegistry.discover(path(jar))) {
            assertThatThrownBy(() -> registry.open("greeting", AdapterSettings.empty().withBranch("feature-1"), context))
                    .hasMessage("adapter 'greeting' does not support branches, but branch 'feature-1' was requested");
        }
    }
}
