package org.acogida.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Local rules the module check does not cover. */
class ArchitectureTests {

    static final JavaClasses ACOGIDA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.acogida");

    /**
     * Member data is reached only through ScopedJdbc. A class that uses JDBC directly must say why
     * with @CrossMemberAccess (reference data, aggregates, sign-in, the audit chain), where a
     * reviewer sees it.
     */
    @Test
    void onlyDeclaredClassesReachTheDatabaseWithoutTheMemberScope() {
        noClasses().that().resideOutsideOfPackage("org.acogida.platform.jdbc..")
                .and().areNotAnnotatedWith(CrossMemberAccess.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("member data must go through ScopedJdbc, the first lock of member isolation")
                .check(ACOGIDA);
    }

    @Test
    void webControllersAreNotUsedByTheDomain() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.acogida.*.web..")
                .andShould().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .because("nothing reaches the web layer from the domain")
                .allowEmptyShould(false)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.acogida.access", "org.acogida.audit", "org.acogida.coalition", "org.acogida.demo",
                                "org.acogida.flights"));
    }

    /** The placement engine runs the same in the application, on the command line and in benchmarks. */
    @Test
    void thePlacementEngineHasNoSpringInIt() {
        noClasses().that().resideInAnyPackage("org.acogida.placement.engine..", "org.acogida.placement.instance..",
                        "org.acogida.placement.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(false)
                .check(ACOGIDA);
    }

    @Test
    void userInputNeverNamesTheMemberState() {
        classes().that().resideInAPackage("org.acogida.*.web..").and().areRecords()
                .should(new NoMemberStateComponent())
                .because("the member state comes from the session, never from a form (mass assignment)")
                .check(ACOGIDA);
    }
}
