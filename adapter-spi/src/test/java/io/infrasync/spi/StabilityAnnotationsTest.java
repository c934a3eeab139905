package io.infrasync.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.spi.annotation.Experimental;
import io.infrasync.spi.annotation.Stable;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public SPI type states its compatibility promise, as JUnit's {@code @API} rule does. */
class StabilityAnnotationsTest {

    private static List<Class<?>> spiClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Spi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .filter(name -> !name.endsWith("package-info"))
                    .map(StabilityAnnotationsTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StabilityAnnotationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass();
    }

    @Test
    void everyPublicTypeIsStableOrExperimental() throws Exception {
        List<Class<?>> classes = spiClasses();
        assertThat(classes).hasSizeGreaterThan(20);
        assertThat(classes.stream().filter(StabilityAnnotationsTest::isApi))
                .allSatisfy(type -> assertThat(type.isAnnotationPresent(Stable.class)
                        ^ type.isAnnotationPresent(Experimental.class))
                        .as(type.getName() + " must carry exactly one of @Stable and @Experimental").isTrue());
    }

    @Test
    void everyPackageIsAnnotatedInItsPackageInfo() throws Exception {
        assertThat(spiClasses().stream().map(Class::getPackage).distinct())
                .extracting(Package::getName)
                .containsExactlyInAnyOrder("io.infrasync.spi", "io.infrasync.spi.model", "io.infrasync.spi.annotation");
        assertThat(spiClasses().stream().map(Class::getPackage).distinct())
                .allSatisfy(pkg -> assertThat(pkg.isAnnotationPresent(Stable.class)).as(pkg.getName()).isTrue());
    }
}
