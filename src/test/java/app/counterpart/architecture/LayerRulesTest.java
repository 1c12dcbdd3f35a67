package app.counterpart.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md section 3: ui → core, sync; store → core; sync → core, store;
 * hq → core, sync.protocol; app → everything; core → nothing but the JDK.
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.counterpart");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void coreIsPureJava() {
        check(noClasses().that().resideInAPackage("app.counterpart.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.counterpart.store..", "app.counterpart.sync..", "app.counterpart.hq..",
                        "app.counterpart.ui..", "app.counterpart.app..",
                        "javafx..", "org.jooq..", "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..",
                        "java.net..", "java.nio.file..", "picocli..", "eu.hansolo..", "org.controlsfx.."));
    }

    @Test
    void coreDoesNoFileIo() {
        check(noClasses().that().resideInAPackage("app.counterpart.core..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile"));
    }

    @Test
    void storeDependsOnCoreOnly() {
        check(noClasses().that().resideInAPackage("app.counterpart.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.counterpart.sync..", "app.counterpart.hq..", "app.counterpart.ui..",
                        "app.counterpart.app..", "javafx.."));
    }

    @Test
    void uiNeverTouchesTheDatabaseDirectly() {
        check(noClasses().that().resideInAPackage("app.counterpart.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.counterpart.store..", "app.counterpart.hq..", "app.counterpart.app..",
                        "org.jooq..", "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb.."));
    }

    @Test
    void syncDependsOnCoreAndStoreOnly() {
        check(noClasses().that().resideInAPackage("app.counterpart.sync..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.counterpart.ui..", "app.counterpart.hq..", "app.counterpart.app..", "javafx.."));
    }

    @Test
    void headOfficeDependsOnCoreAndTheProtocolOnly() {
        check(noClasses().that().resideInAPackage("app.counterpart.hq..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.counterpart.ui..", "app.counterpart.app..", "app.counterpart.store..", "javafx..")
                .orShould().dependOnClassesThat().resideInAPackage("app.counterpart.sync")
                .orShould().dependOnClassesThat().resideInAPackage("app.counterpart.sync.client.."));
    }

    @Test
    void onlyTheLauncherWritesToTheConsole() {
        check(noClasses().that().resideOutsideOfPackage("app.counterpart.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err"));
    }

    @Test
    void screensStartNoThreadsOfTheirOwn() {
        check(noClasses().that().resideInAPackage("app.counterpart.ui..")
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callMethod(Thread.class, "start")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors"));
    }
}
