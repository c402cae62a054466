package org.acogida.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.DriverManager;
import java.util.Optional;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcCallOperations;
import org.springframework.jdbc.core.simple.SimpleJdbcInsertOperations;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Local rules the module check does not cover, each on the whole of the main code. A rule whose
 * {@code that()} matches no class fails (archunit.properties): it would check nothing.
 */
class ArchitectureTests {

    static final JavaClasses ACOGIDA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.acogida");

    static final String[] PLACEMENT_ENGINE = {"org.acogida.placement.engine..", "org.acogida.placement.instance..",
            "org.acogida.placement.cli.."};

    /**
     * Member data is reached only through ScopedJdbc. A class that uses JDBC directly must say why
     * with @CrossMemberAccess (reference data, aggregates, sign-in, the audit chain), where a
     * reviewer sees it.
     */
    @Test
    void onlyDeclaredClassesReachTheDatabaseWithoutTheMemberScope() {
        noClasses().that().resideOutsideOfPackage("org.acogida.platform.jdbc..")
                .and().areNotAnnotatedWith(CrossMemberAccess.class)
                .should().dependOnClassesThat(reachTheDatabase())
                .because("member data must go through ScopedJdbc, the first lock of member isolation")
                .check(ACOGIDA);
    }

    /**
     * Nothing outside a web package uses a class of one, nor a controller wherever it sits
     * (annotated @Controller or @RestController, or named *Controller).
     */
    @Test
    void webControllersAreNotUsedByTheDomain() {
        noClasses().that().resideOutsideOfPackage("org.acogida..web..")
                .should().dependOnClassesThat(resideInAPackage("org.acogida..web..").or(areControllers())
                        .as("are in a web package of Acogida or are its controllers"))
                .because("nothing reaches the web layer from the domain")
                .check(ACOGIDA);
    }

    /**
     * The placement engine runs the same in the application, on the command line and in benchmarks:
     * no Spring in it, and none of the rest of Acogida, which would bring Spring along.
     */
    @Test
    void thePlacementEngineHasNoSpringInIt() {
        noClasses().that().resideInAnyPackage(PLACEMENT_ENGINE)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .orShould().dependOnClassesThat(resideInAPackage("org.acogida..").and(resideOutsideOfPackages(PLACEMENT_ENGINE))
                        .as("are Acogida classes outside the engine"))
                .check(ACOGIDA);
    }

    @Test
    void userInputNeverNamesTheMemberState() {
        classes().that().areRecords().and(areBoundFromARequest())
                .should(new NoMemberStateComponent())
                .because("the member state comes from the session, never from a form (mass assignment)")
                .check(ACOGIDA);
    }

    /**
     * Another module sees a module through its API: the types of its root package and of its named
     * interfaces. What they offer is in that API too, or the module's internals leak through it.
     */
    @Test
    void aModuleApiExposesNoInternalType() {
        classes().that(areInAModuleApi()).and(arePublicAllTheWayOut())
                .should(new ExposeNoInternalType(ArchitectureTests::internalToItsModule))
                .because("a type outside the module's API (its root package and named interfaces) is the module's own business, free to change")
                .check(ACOGIDA);
    }

    /** The ways to a connection of one's own. A java.sql.Connection alone is not one: only the database hands it to its triggers. */
    private static DescribedPredicate<JavaClass> reachTheDatabase() {
        return assignableTo(JdbcClient.class).or(assignableTo(JdbcOperations.class)).or(assignableTo(NamedParameterJdbcOperations.class))
                .or(assignableTo(SimpleJdbcInsertOperations.class)).or(assignableTo(SimpleJdbcCallOperations.class))
                .or(assignableTo(DataSource.class)).or(assignableTo(DriverManager.class))
                .as("reach the database (JdbcClient, a JdbcTemplate, SimpleJdbc*, a DataSource or the DriverManager)");
    }

    private static DescribedPredicate<JavaClass> areControllers() {
        // The JavaClass predicate comes first: metaAnnotatedWith(...).or(aJavaClassPredicate) compiles to the static
        // DescribedPredicate.or(...) of the argument alone, and the annotation would silently not count.
        return resideInAPackage("org.acogida..").and(simpleNameEndingWith("Controller").or(metaAnnotatedWith(Controller.class)));
    }

    /** Taken by a request-handling method: what the user typed or sent, bound to the record's components. */
    private static DescribedPredicate<JavaClass> areBoundFromARequest() {
        return DescribedPredicate.describe("are bound from a request", type -> type.getMethodsWithParameterTypeOfSelf().stream()
                .anyMatch(method -> method.isMetaAnnotatedWith(RequestMapping.class)));
    }

    /**
     * Whether Spring Modulith counts the type as its module's own: in a module that is not open, and
     * neither in its root package nor in a named interface. Looked up by name, since the module
     * model imported its classes apart from this test's.
     */
    static boolean internalToItsModule(JavaClass type) {
        return ModularityTests.MODULES.getModuleByType(type.getName()).filter(module -> !module.isOpen())
                .map(module -> !module.isExposed(type.reflect())).orElse(false);
    }

    private static DescribedPredicate<JavaClass> areInAModuleApi() {
        return DescribedPredicate.describe("are in a module's API (its root package or a named interface)",
                type -> resideInAPackage("org.acogida.*").test(type) || type.getPackage().isAnnotatedWith(NamedInterface.class)
                        || type.isAnnotatedWith(NamedInterface.class));
    }

    private static DescribedPredicate<JavaClass> arePublicAllTheWayOut() {
        return DescribedPredicate.describe("are public, as are the types they are nested in", type -> {
            for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
                if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                    return false;
                }
            }
            return true;
        });
    }
}
