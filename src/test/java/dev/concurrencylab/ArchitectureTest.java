package dev.concurrencylab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: only the ui package may touch JavaFX, so the engine runs without a display. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concurrencylab");

    @Test
    void nothingOutsideUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.concurrencylab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void engineDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("dev.concurrencylab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.concurrencylab.ui..", "dev.concurrencylab.cli..", "dev.concurrencylab.store..",
                        "dev.concurrencylab.net..", "dev.concurrencylab.process..")
                .check(MAIN);
    }
}
