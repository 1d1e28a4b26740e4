package cn.jingan.planwatch.normalize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class NormalizeBoundariesTest {

    @Test
    void readsWorkbooksOnlyThroughTheExcelInterfaces() {
        // given
        JavaClasses normalize = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jingan.planwatch.normalize");
        // when / then
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "org.apache.parquet..", "org.duckdb..", "java.sql..")
                .because("normalize sees rows through excel's SheetVisitor, and leaves files and storage to others")
                .check(normalize);
    }
}
