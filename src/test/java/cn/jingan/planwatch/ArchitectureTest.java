package cn.jingan.planwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module boundaries: which capability may use which, which may touch which library, and no cycles between
 * capabilities, the root package included.
 */
@AnalyzeClasses(packages = "cn.jingan.planwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "cn.jingan.planwatch";

    @ArchTest
    static final ArchRule capabilitiesUseOnlyWhatTheyMayUse = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("application").definedBy(ROOT)
            .layer("cli").definedBy(ROOT + ".cli..")
            .layer("scheduling").definedBy(ROOT + ".scheduling..")
            .layer("runs").definedBy(ROOT + ".runs..")
            .layer("jobs").definedBy(ROOT + ".jobs..")
            .layer("system").definedBy(ROOT + ".system..")
            .layer("report").definedBy(ROOT + ".report..")
            .layer("access").definedBy(ROOT + ".access..")
            .layer("reminder").definedBy(ROOT + ".reminder..")
            .layer("template").definedBy(ROOT + ".template..")
            .layer("intake").definedBy(ROOT + ".intake..")
            .layer("warehouse").definedBy(ROOT + ".warehouse..")
            .layer("lake").definedBy(ROOT + ".lake..")
            .layer("normalize").definedBy(ROOT + ".normalize..")
            .layer("excel").definedBy(ROOT + ".excel..")
            .layer("observation").definedBy(ROOT + ".observation..")
            .layer("catalog").definedBy(ROOT + ".catalog..")
            .layer("datadir").definedBy(ROOT + ".datadir..")
            .layer("failpoint").definedBy(ROOT + ".failpoint..")
            .whereLayer("application").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("scheduling").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("runs").mayOnlyBeAccessedByLayers("cli", "scheduling")
            .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("system").mayOnlyBeAccessedByLayers("cli", "jobs")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "jobs")
            .whereLayer("access").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("reminder").mayOnlyBeAccessedByLayers("jobs")
            .whereLayer("template").mayOnlyBeAccessedByLayers("cli", "reminder")
            .whereLayer("intake").mayOnlyBeAccessedByLayers("cli", "jobs", "runs", "report")
            .whereLayer("warehouse").mayOnlyBeAccessedByLayers("cli", "jobs", "reminder", "report", "template")
            .whereLayer("lake").mayOnlyBeAccessedByLayers("intake", "jobs", "system")
            .whereLayer("normalize").mayOnlyBeAccessedByLayers("cli", "intake", "jobs")
            .whereLayer("excel").mayOnlyBeAccessedByLayers("cli", "intake", "jobs", "normalize", "template")
            .whereLayer("observation").mayOnlyBeAccessedByLayers("cli", "intake", "jobs", "lake", "normalize",
                    "template", "warehouse")
            .because("each capability has one home and a small face: intake reads and answers files, the lake "
                    + "stores them, the warehouse publishes them, templates lay out what a bureau owes (written "
                    + "by excel/, with the values the warehouse holds) for the command line and the reminders; "
                    + "jobs, the scheduler and the command line only put them together, and nothing below them "
                    + "reaches up; the jobs use report only to rewrite the dashboard after each publish");

    @ArchTest
    static final ArchRule nobodyReachesIntoAnotherCapabilitysInternals = classes()
            .that().resideInAPackage(ROOT + ".*.internal..")
            .should(beUsedOnlyWithinTheirCapability())
            .allowEmptyShould(true)
            .because("what a capability keeps in internal/ is its own business; its face is its root package");

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().assignedFrom(capabilities()).should().beFreeOfCycles()
            .because("a cycle makes two capabilities one; the root package counts as one of them");

    @ArchTest
    static final ArchRule onlyTheExcelModuleAndTheEvaluationWorkbookTouchPoi = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".excel..", ROOT + ".report.workbook..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("returns are read, and templates and marked copies written, in excel/; the evaluation "
                    + "workbook's charts, data bars and print setup are written in report/workbook/; the rest sees "
                    + "rows and plain records, and receipts stay off POI for speed");

    @ArchTest
    static final ArchRule onlyTheLakeTouchesParquet = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".lake..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.parquet..", "org.apache.hadoop..")
            .because("the lake's file format is the lake's business");

    @ArchTest
    static final ArchRule onlyTheWarehouseTouchesDuckDb = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".warehouse..")
            .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..")
            .because("SQL against the warehouse lives in warehouse/ and schemas/warehouse/");

    @ArchTest
    static final ArchRule onlyTheWarehouseAndTheLockAcrossNodesTouchJdbc = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".warehouse..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".runs.NodesLock")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("SQL against the warehouse lives in warehouse/ and schemas/warehouse/; the one exception is "
                    + "the run lock across nodes, a PostgreSQL advisory lock on the job repository's database");

    @ArchTest
    static final ArchRule domainModulesDoNotDependOnSpring = noClasses()
            .that().resideInAnyPackage(ROOT + ".catalog..", ROOT + ".datadir..", ROOT + ".excel..",
                    ROOT + ".normalize..", ROOT + ".observation..", ROOT + ".lake..", ROOT + ".intake..",
                    ROOT + ".reminder..", ROOT + ".report..", ROOT + ".access..",
                    ROOT + ".template..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("reading, validating, storing and answering returns work the same inside or outside a batch job");

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirCapability() {
        return new ArchCondition<>("be used only within their capability") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                for (Dependency use : internal.getDirectDependenciesToSelf()) {
                    if (!capabilityOf(use.getOriginClass()).equals(capabilityOf(internal))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    private static String capabilityOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.equals(ROOT) ? "application" : name.substring(ROOT.length() + 1).split("\\.")[0];
    }

    /** A class's capability: the first package below the root, or the root itself. */
    private static SliceAssignment capabilities() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                boolean ours = name.equals(ROOT) || name.startsWith(ROOT + ".");
                return ours ? SliceIdentifier.of(capabilityOf(javaClass)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "capabilities of " + ROOT;
            }
        };
    }
}
