package io.infrasync.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdapterArchitectureRulesTest {

    private static final List<ArchRule> RULES = List.of(
            AdapterArchitectureRules.NO_ENVIRONMENT_FROM_THE_PROCESS,
            AdapterArchitectureRules.NO_SYSTEM_CLOCK,
            AdapterArchitectureRules.NO_STANDARD_STREAMS,
            AdapterArchitectureRules.NO_JAVA_UTIL_LOGGING,
            AdapterArchitectureRules.ONLY_THE_FACTORY_IS_PUBLIC);

    @Test
    void aWellBehavedAdapterPassesEveryRule() {
        JavaClasses good = new ClassFileImporter().importPackages("io.infrasync.tck.archfixture.good");
        assertThat(good).isNotEmpty();
        for (ArchRule rule : RULES) {
            assertThat(rule.evaluate(good).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void eachRuleCatchesItsViolation() {
        JavaClasses bad = new ClassFileImporter().importPackages("io.infrasync.tck.archfixture.bad");
        for (ArchRule rule : RULES) {
            assertThat(rule.evaluate(bad).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
