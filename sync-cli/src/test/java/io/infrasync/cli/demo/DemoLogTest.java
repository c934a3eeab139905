package io.infrasync.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** During the demo, the project's warnings are one short line each, once per message. */
class DemoLogTest {

    @Test
    void showsEachWarningOnceAndRestoresTheLoggerAfterwards() {
        Logger logger = Logger.getLogger("io.infrasync.core.mapping.test");
        Logger root = Logger.getLogger("io.infrasync");
        boolean before = root.getUseParentHandlers();
        StringWriter err = new StringWriter();
        try (DemoLog log = DemoLog.to(new PrintWriter(err, true))) {
            logger.log(Level.WARNING, "kinds absent from order: {0}", "[InfraIPAddress]");
            logger.log(Level.WARNING, "kinds absent from order: {0}", "[InfraIPAddress]");
            logger.log(Level.WARNING, "kinds absent from order: {0}", "[InfraRack]");
            logger.info("not shown");
        }
        assertThat(err.toString()).isEqualTo("warning: kinds absent from order: [InfraIPAddress]" + System.lineSeparator()
                + "warning: kinds absent from order: [InfraRack]" + System.lineSeparator());
        assertThat(root.getUseParentHandlers()).isEqualTo(before);
        assertThat(root.getHandlers()).isEmpty();
    }
}
