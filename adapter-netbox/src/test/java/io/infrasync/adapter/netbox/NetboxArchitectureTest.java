package io.infrasync.adapter.netbox;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.infrasync.tck.AdapterArchitectureRules;

@AnalyzeClasses(packages = "io.infrasync.adapter.netbox", importOptions = ImportOption.DoNotIncludeTests.class)
class NetboxArchitectureTest {
    @ArchTest
    static final ArchTests RULES = ArchTests.in(AdapterArchitectureRules.class);
}
