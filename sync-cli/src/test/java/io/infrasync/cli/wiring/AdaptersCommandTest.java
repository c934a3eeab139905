package io.infrasync.cli.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.cli.InfrahubSyncCommand;
import io.infrasync.cli.wiring.fixture.FutureSpiAdapterFactory;
import io.infrasync.cli.wiring.fixture.GreetingAdapterFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AdaptersCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = InfrahubSyncCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void listsPluginAdaptersWithVersionSpiCapabilitiesAndJar() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("greeting.jar"), List.of(GreetingAdapterFactory.class));
        assertThat(run("adapters", "--adapter-path", jar.toString())).isZero();
        assertThat(out.toString())
                .contains("Adapter SPI 1.0;")
                .containsPattern("ID +VERSION +SPI +CAPABILITIES +LOCATION")
                .containsPattern("greeting +1\\.2\\.3 +1\\.0 +READ +" + java.util.regex.Pattern.quote(jar + " (plugin)"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsWhyAnAdapterCannotBeUsed() throws IOException {
        Path jar = TestJars.pluginJar(temp.resolve("future.jar"), List.of(FutureSpiAdapterFactory.class));
        assertThat(run("adapters", "--adapter-path", jar.toString())).isZero();
        assertThat(out.toString()).contains("unusable: adapter 'future' in " + jar + " was built for adapter SPI 2.0");
    }

    @Test
    void aDiscoveryErrorIsAConfigurationErrorWithExitCode2() throws IOException {
        Path first = TestJars.pluginJar(temp.resolve("a/greeting.jar"), List.of(GreetingAdapterFactory.class));
        Path second = TestJars.pluginJar(temp.resolve("b/greeting.jar"), List.of(GreetingAdapterFactory.class));
        assertThat(run("adapters", "--adapter-path", first.toString(), "--adapter-path", second.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: adapter id 'greeting' is provided twice: by " + first);
    }

    @Test
    void isListedInTheTopLevelHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("adapters");
    }
}
