package org.clientele.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
    void commandLineDoesNotReachIntoTheWindow() {
        noClasses().that().resideInAPackage("org.clientele.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
