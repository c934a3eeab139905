package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Drives the real Python {@code infrahub-sdk} against the emulator. Runs only when {@code INFRAHUB_SDK_PYTHON}
 * names a Python interpreter with {@code infrahub-sdk} installed (for example a venv after
 * {@code pip install infrahub-sdk==1.23.2}); skipped otherwise, since the build must not need Python.
 */
class RealSdkTest {

    @Test
    void theRealSdkReadsTheSchemaAndWritesAndReadsObjects() throws IOException, InterruptedException {
        String python = System.getenv("INFRAHUB_SDK_PYTHON");
        assumeTrue(python != null && !python.isBlank(), "INFRAHUB_SDK_PYTHON is not set");
        Path script = Files.createTempFile("sdk_drive", ".py");
        Files.writeString(script, Shapes.text("infrahub/sdk_drive.py"));
        try (InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults())) {
            Process process = new ProcessBuilder(python, script.toString(), sandbox.baseUrl(), sandbox.token())
                    .redirectErrorStream(true).start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).as("the SDK script finished").isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("infrahub-sdk checks passed");
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
