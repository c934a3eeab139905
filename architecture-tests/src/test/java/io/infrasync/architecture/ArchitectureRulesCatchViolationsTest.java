package io.infrasync.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.infrasync.adapter.archfixture.PublicHttpClient;
import io.infrasync.archfixture.cycle.a.First;
import io.infrasync.archfixture.cycle.b.Second;
import io.infrasync.core.archfixture.CoreDoingIo;
import io.infrasync.core.archfixture.CorePrinting;
import io.infrasync.core.domain.archfixture.DomainUsingEngine;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.engine.archfixture.EngineHelper;
import io.infrasync.core.port.archfixture.PortUsingEngine;
import io.infrasync.spi.Spi;
import io.infrasync.spi.archfixture.SpiUsingJackson;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule can fail: it is evaluated against a deliberately violating class kept in
 * these test sources (which the real check in {@link ArchitectureTest} does not import), and against
 * a clean production class that must pass.
 */
class ArchitectureRulesCatchViolationsTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    private static void assertViolation(ArchRule rule, String expectedInReport, Class<?>... classes) {
        EvaluationResult result = evaluate(rule, classes);
        assertThat(result.hasViolation()).as("rule must fail: %s", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(expectedInReport);
    }

    @Test
    void coreMayNotUseJsonOrNetworking() {
        assertViolation(ArchitectureRules.CORE_HAS_NO_IO, "ObjectMapper", CoreDoingIo.class);
        assertViolation(ArchitectureRules.CORE_HAS_NO_IO, "java.net.URI", CoreDoingIo.class);
        assertThat(evaluate(ArchitectureRules.CORE_HAS_NO_IO, PlanRow.class).hasViolation()).isFalse();
    }

    @Test
    void domainMayNotDependOnTheEngine() {
        assertViolation(ArchitectureRules.DOMAIN_DEPENDS_ON_NOTHING_ELSE_IN_CORE, "EngineHelper",
                DomainUsingEngine.class, EngineHelper.class);
    }

    @Test
    void portsMayNotNameEngineClasses() {
        assertViolation(ArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN, "EngineHelper",
                PortUsingEngine.class, EngineHelper.class);
    }

    @Test
    void nothingOutsideTheEngineDependsOnIt() {
        assertViolation(ArchitectureRules.ONLY_THE_ENGINE_SEES_THE_ENGINE, "DomainUsingEngine",
                DomainUsingEngine.class, EngineHelper.class);
    }

    @Test
    void publicEngineClassesMustImplementAPort() {
        assertViolation(ArchitectureRules.ENGINE_EXPOSES_ONLY_PORT_IMPLEMENTATIONS, "EngineHelper",
                EngineHelper.class);
    }

    @Test
    void packageCyclesAreRefused() {
        assertViolation(ArchitectureRules.NO_PACKAGE_CYCLES, "Cycle detected", First.class, Second.class);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        assertViolation(ArchitectureRules.STANDARD_STREAMS_ONLY_IN_CLI, "System.out", CorePrinting.class);
        assertViolation(ArchitectureRules.STANDARD_STREAMS_ONLY_IN_CLI, "printStackTrace", CorePrinting.class);
    }

    @Test
    void adaptersExposeOnlyTheirFactory() {
        assertViolation(ArchitectureRules.ADAPTERS_EXPOSE_ONLY_THEIR_FACTORY, "PublicHttpClient",
                PublicHttpClient.class);
    }

    @Test
    void spiUsesOnlyTheJdk() {
        assertViolation(ArchitectureRules.SPI_IS_JDK_ONLY, "JsonNode", SpiUsingJackson.class);
        assertThat(evaluate(ArchitectureRules.SPI_IS_JDK_ONLY, Spi.class).hasViolation()).isFalse();
    }
}
