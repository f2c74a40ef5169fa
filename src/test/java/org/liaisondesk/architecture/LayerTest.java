package org.liaisondesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of ARCHITECTURE.md: dependencies point inward, and only view models call services. */
class LayerTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaisondesk");
    }

    @Test
    void domainKnowsNothingOfUiSqlOrOtherLayers() {
        noClasses().that().resideInAPackage("org.liaisondesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "org.liaisondesk.persistence..", "org.liaisondesk.service..",
                        "org.liaisondesk.ui..", "org.liaisondesk.cli..")
                .check(classes);
    }

    @Test
    void persistenceDependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("org.liaisondesk.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.liaisondesk.service..",
                        "org.liaisondesk.ui..", "org.liaisondesk.cli..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfUiOrCommandLine() {
        noClasses().that().resideInAPackage("org.liaisondesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.liaisondesk.ui..",
                        "org.liaisondesk.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void uiAndCommandLineNeverTouchJdbiOrSql() {
        noClasses().that().resideInAnyPackage("org.liaisondesk.ui..", "org.liaisondesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..",
                        "org.h2..", "org.flywaydb..", "org.liaisondesk.persistence..")
                .check(classes);
    }

    @Test
    void commandLineIsFreeOfJavaFx() {
        noClasses().that().resideInAPackage("org.liaisondesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.liaisondesk.ui..")
                .check(classes);
    }

    @Test
    void onlyViewModelsCallServices() {
        noClasses().that().resideInAPackage("org.liaisondesk.ui..").and().haveSimpleNameNotEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("org.liaisondesk.service..")
                .check(classes);
    }

    @Test
    void viewModelsNeverOpenWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }
}
