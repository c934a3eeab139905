package io.infrasync.adapter.infrahub;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.infrasync.tck.AdapterArchitectureRules;

/** The TCK's rules for adapter code: no process environment, no system clock, no streams, only the factory public. */
@AnalyzeClasses(packages = "io.infrasync.adapter.infrahub", importOptions = ImportOption.DoNotIncludeTests.class)
class InfrahubArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(AdapterArchitectureRules.class);
}
