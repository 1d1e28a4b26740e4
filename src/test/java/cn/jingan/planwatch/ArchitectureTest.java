package cn.jingan.planwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module boundaries: which capability may touch which library, and no cycles between capabilities. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jingan.planwatch");

    @Test
    void onlyTheExcelModuleTouchesPoi() {
        check(noClasses().that().resideOutsideOfPackage("cn.jingan.planwatch.excel..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .because("workbooks are read in excel/ only; the rest sees rows"));
    }

    @Test
    void onlyTheLakeTouchesParquet() {
        check(noClasses().that().resideOutsideOfPackage("cn.jingan.planwatch.lake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.parquet..", "org.apache.hadoop..")
                .because("the lake's file format is the lake's business"));
    }

    @Test
    void onlyTheWarehouseTouchesDuckDb() {
        check(noClasses().that().resideOutsideOfPackage("cn.jingan.planwatch.warehouse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..")
                .because("SQL against the warehouse lives in warehouse/ and schemas/warehouse/"));
    }

    @Test
    void domainModulesDoNotDependOnSpring() {
        check(noClasses().that().resideInAnyPackage("cn.jingan.planwatch.catalog..", "cn.jingan.planwatch.excel..",
                        "cn.jingan.planwatch.normalize..", "cn.jingan.planwatch.lake..", "cn.jingan.planwatch.intake..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("reading, validating and storing returns work the same inside or outside a batch job"));
    }

    @Test
    void capabilitiesHaveNoCycles() {
        check(slices().matching("cn.jingan.planwatch.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
