package io.infrasync.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.annotation.Stable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * ArchUnit rules for adapter code: what the host provides through {@code AdapterContext} must not be
 * taken from globals, and an adapter's only public surface is its factory. Run them over your
 * adapter's production classes:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.adapter", importOptions = ImportOption.DoNotIncludeTests.class)
 * class AdapterArchitectureTest {
 *     @ArchTest
 *     static final ArchTests RULES = ArchTests.in(AdapterArchitectureRules.class);
 * }
 * }</pre>
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public final class AdapterArchitectureRules {

    /** Environment variables come from {@code AdapterContext.environment(name)}, which tests control. */
    @ArchTest
    public static final ArchRule NO_ENVIRONMENT_FROM_THE_PROCESS = noClasses()
            .should().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv")
            .because("the host passes the environment: use AdapterContext.environment(name)");

    /** Time comes from {@code AdapterContext.clock()}, so cursors and timestamps are testable. */
    @ArchTest
    public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("the host passes the clock: use AdapterContext.clock() (System.nanoTime() is fine for durations)");

    /** The terminal belongs to the host; adapters log through {@code AdapterContext.logger()}. */
    @ArchTest
    public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the host owns the terminal: log through AdapterContext.logger()");

    /** {@code java.util.logging} bypasses the host's log routing. */
    @ArchTest
    public static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("log through AdapterContext.logger(), which the host routes");

    /** Only the factory is public; clients, mappers and DTOs stay package-private. */
    @ArchTest
    public static final ArchRule ONLY_THE_FACTORY_IS_PUBLIC = classes()
            .that().arePublic().and().areTopLevelClasses()
            .should().implement(AdapterFactory.class)
            .because("an adapter's public surface is its AdapterFactory (found by ServiceLoader): "
                    + "make clients, mappers and DTOs package-private");

    private AdapterArchitectureRules() {
    }
}
