package org.liaisondesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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

    /** The program opens no network connection, ever: no sockets, URL connections or HTTP clients in main code. */
    @Test
    void nothingOpensANetworkConnection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..",
                        "java.nio.channels.spi..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(classes);
    }

    @Test
    void commandLineIsFreeOfJavaFx() {
        noClasses().that().resideInAPackage("org.liaisondesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.liaisondesk.ui..")
                .check(classes);
    }

    /** A view model, or a class nested in one (its private records and lambdas). */
    static final DescribedPredicate<JavaClass> PART_OF_A_VIEW_MODEL = new DescribedPredicate<>("part of a view model") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) top = top.getEnclosingClass().get();
            return top.getSimpleName().endsWith("ViewModel");
        }
    };

    @Test
    void onlyViewModelsCallServices() {
        noClasses().that().resideInAPackage("org.liaisondesk.ui..").and(DescribedPredicate.not(PART_OF_A_VIEW_MODEL))
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
