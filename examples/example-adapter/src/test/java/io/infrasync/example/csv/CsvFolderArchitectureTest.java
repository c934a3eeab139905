package io.infrasync.example.csv;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.infrasync.tck.AdapterArchitectureRules;

/** The TCK's architecture rules over the example's production classes. */
@AnalyzeClasses(packages = "io.infrasync.example.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class CsvFolderArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(AdapterArchitectureRules.class);
}
