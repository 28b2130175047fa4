package org.clientele.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module boundaries the README promises, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clientele");
    }

    @Test
    void rulesSeeTheWholeProject() {
        // Guards the rules below against passing vacuously on an empty import.
        assertTrue(classes.contain(org.clientele.core.analysis.SegmentationRun.class));
        assertTrue(classes.contain(org.clientele.app.ui.MainWindow.class));
        assertTrue(classes.contain(org.clientele.app.cli.ClienteleCli.class));
    }

    @Test
    void coreNeverUsesJavaFxOrCharts() {
        noClasses().that().resideInAPackage("org.clientele.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "org.clientele.app..")
                .check(classes);
    }

    @Test
    void appHoldsNoStatisticsOrMachineLearning() {
        noClasses().that().resideInAPackage("org.clientele.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tribuo..", "org.apache.commons.math3..",
                        "ml.dmlc..")
                .check(classes);
    }

    @Test
    void tensorFlowStaysInsideTheNeuralPackage() {
        noClasses().that().resideOutsideOfPackage("org.clientele.core.neural..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tensorflow..")
                .because("TensorFlow's native library (~600 MB unpacked on first use) must load only when a neural "
                        + "model is trained; everything else, trained models included, is plain Java")
                .check(classes);
    }

    @Test
    void commandLineDoesNotReachIntoTheWindow() {
        noClasses().that().resideInAPackage("org.clientele.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    // --- Core's inner layering: data flows up from reading files to reports, never back down. ---

    /** Where nothing else in core is needed: files, JSON, progress and cancellation. */
    private static final String[] FOUNDATION = {"org.clientele.core.io..", "org.clientele.core.task.."};
    /** The stages: turn data into features, segments, models and explorations. */
    private static final String[] STAGES = {"org.clientele.core.transactions..", "org.clientele.core.features..",
            "org.clientele.core.segment..", "org.clientele.core.predict..", "org.clientele.core.clv..",
            "org.clientele.core.eda.."};
    private static final String ANALYSIS = "org.clientele.core.analysis..";
    private static final String REPORT = "org.clientele.core.report..";

    @Test
    void foundationDependsOnNoOtherPartOfCore() {
        noClasses().that().resideInAnyPackage(FOUNDATION)
                .should().dependOnClassesThat().resideInAnyPackage(concat(new String[]{"org.clientele.core.data.."},
                        STAGES, new String[]{ANALYSIS, REPORT}))
                .because("io and task are used by every stage; a dependency upward would tie them to one")
                .check(classes);
    }

    @Test
    void dataNeverReachesUpToStagesAnalysisOrReport() {
        noClasses().that().resideInAPackage("org.clientele.core.data..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(STAGES, new String[]{ANALYSIS, REPORT}))
                .because("reading a file must not depend on what is later made of it: every stage reads through data")
                .check(classes);
    }

    @Test
    void stagesNeverReachUpToAnalysisOrReport() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, REPORT)
                .because("analysis composes the stages into runs and report renders them; a stage that calls back "
                        + "up makes a cycle and cannot be tested or reused on its own")
                .check(classes);
    }

    @Test
    void analysisNeverReachesUpToReport() {
        noClasses().that().resideInAPackage(ANALYSIS)
                .should().dependOnClassesThat().resideInAPackage(REPORT)
                .because("the report is one presentation of an analysis; the CLI and the workbench use analysis "
                        + "without it")
                .check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.clientele.core.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between packages makes them one unit in practice: neither can change, be "
                        + "understood or be tested alone")
                .check(classes);
    }

    @Test
    void coreNeverPrintsToTheConsole() {
        noClasses().that().resideInAPackage("org.clientele.core..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("core runs inside the CLI, the workbench and tests: only the application decides what the "
                        + "user sees, and the CLI's stdout is a contract (JSON, CSV)")
                .check(classes);
    }

    @Test
    void coreNeverReconfiguresLogging() {
        noClasses().that().resideInAPackage("org.clientele.core..")
                .should().callMethod(java.util.logging.Logger.class, "setLevel", java.util.logging.Level.class)
                .orShould().callMethod(java.util.logging.Logger.class, "addHandler", java.util.logging.Handler.class)
                .orShould().callMethod(java.util.logging.Logger.class, "removeHandler", java.util.logging.Handler.class)
                .orShould().callMethod(java.util.logging.Logger.class, "setUseParentHandlers", boolean.class)
                .orShould().dependOnClassesThat().belongToAnyOf(java.util.logging.LogManager.class)
                .because("logging levels are global to the JVM: the application sets them once (QuietLogging), "
                        + "not each algorithm on every call")
                .check(classes);
    }

    @Test
    void theApplicationQuietsTribuoInOnePlace() {
        noClasses().that().resideInAPackage("org.clientele..").and().doNotHaveFullyQualifiedName(QuietLogging.class.getName())
                .should().callMethod(java.util.logging.Logger.class, "setLevel", java.util.logging.Level.class)
                .because("one place decides how loud the program is; scattered setLevel calls undo each other")
                .check(classes);
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
