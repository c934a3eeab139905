package io.infrasync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules Maven's module graph cannot express. Each {@code because} says how to fix a violation.
 *
 * <p>Rules whose subject packages are filled in by later work ({@code port}, {@code engine}, adapters)
 * allow an empty subject, so that they start guarding the moment the first class lands.
 */
public final class ArchitectureRules {

    private static final String CORE = "io.infrasync.core..";
    private static final String CORE_DOMAIN = "io.infrasync.core.domain..";
    private static final String CORE_PORT = "io.infrasync.core.port..";
    private static final String CORE_ENGINE = "io.infrasync.core.engine..";

    private ArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule CORE_HAS_NO_IO = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.fasterxml.jackson..", "java.net..", "java.nio.file..",
                    "org.apache.parquet..", "org.apache.hadoop..", "picocli..")
            .because("sync-core is the pure domain: put JSON, HTTP, files and Parquet in an outer module "
                    + "(adapter, sync-cache, sync-cli) behind a port declared in io.infrasync.core.port");

    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_ELSE_IN_CORE = noClasses()
            .that().resideInAPackage(CORE_DOMAIN)
            .should().dependOnClassesThat(inCoreOutside(CORE_DOMAIN))
            .because("the domain is the innermost ring: move the shared type into io.infrasync.core.domain, "
                    + "or invert the dependency with a port");

    @ArchTest
    public static final ArchRule PORTS_DEPEND_ONLY_ON_DOMAIN = noClasses()
            .that().resideInAPackage(CORE_PORT)
            .should().dependOnClassesThat(inCoreOutside(CORE_DOMAIN, CORE_PORT))
            .because("ports describe what the core offers and needs in domain terms: "
                    + "use domain types in the port's signature, never engine classes")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_THE_ENGINE_SEES_THE_ENGINE = noClasses()
            .that().resideInAPackage(CORE).and().resideOutsideOfPackage(CORE_ENGINE)
            .should().dependOnClassesThat().resideInAPackage(CORE_ENGINE)
            .because("the engine implements the ports: depend on the port interface, not on its implementation")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ENGINE_EXPOSES_ONLY_PORT_IMPLEMENTATIONS = classes()
            .that().resideInAPackage(CORE_ENGINE).and().arePublic().and().areTopLevelClasses()
            .should().implement(inPackage(CORE_PORT))
            .orShould().haveSimpleNameEndingWith("Factory")
            .because("engine classes are package-private implementations of ports: make the class "
                    + "package-private, or expose it through a port interface and a *Factory")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("io.infrasync.(**)")
            .should().beFreeOfCycles()
            .because("a package cycle makes layers meaningless: move the shared type down, or add an interface");

    @ArchTest
    public static final ArchRule STANDARD_STREAMS_ONLY_IN_CLI = noClasses()
            .that().resideInAPackage("io.infrasync..").and().resideOutsideOfPackage("io.infrasync.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the CLI owns the terminal: report through a logger sink, a progress port "
                    + "or a returned result, and let io.infrasync.cli print it");

    @ArchTest
    public static final ArchRule ADAPTERS_EXPOSE_ONLY_THEIR_FACTORY = classes()
            .that().resideInAPackage("io.infrasync.adapter..").and().arePublic().and().areTopLevelClasses()
            .should().implement("io.infrasync.spi.AdapterFactory")
            .because("an adapter's only public surface is its AdapterFactory (found by ServiceLoader): "
                    + "make clients, mappers and DTOs package-private")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule SPI_IS_JDK_ONLY = classes()
            .that().resideInAPackage("io.infrasync.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.infrasync.spi..")
            .because("adapter-spi is a public contract shared with third-party jars: use JDK types only, "
                    + "and keep library types inside the adapter or the core");

    private static DescribedPredicate<JavaClass> inCoreOutside(String... allowed) {
        return DescribedPredicate.describe("classes in io.infrasync.core outside " + String.join(", ", allowed),
                javaClass -> javaClass.getPackageName().startsWith("io.infrasync.core")
                        && !inAnyPackage(javaClass, allowed));
    }

    private static DescribedPredicate<JavaClass> inPackage(String pattern) {
        return DescribedPredicate.describe("an interface in " + pattern,
                javaClass -> inAnyPackage(javaClass, pattern));
    }

    private static boolean inAnyPackage(JavaClass javaClass, String... patterns) {
        for (String pattern : patterns) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            String name = javaClass.getPackageName();
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
