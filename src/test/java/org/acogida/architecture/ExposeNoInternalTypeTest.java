package org.acogida.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.acogida.architecture.exposure.Leaks;
import org.junit.jupiter.api.Test;

class ExposeNoInternalTypeTest {

    @Test
    void findsEachWayAnInternalTypeShowsAndOnlyThose() {
        var leaks = new ClassFileImporter().importClasses(Leaks.class, Leaks.Carrier.class);

        var details = classes().should(new ExposeNoInternalType(ExposeNoInternalType.inAnInternalPackage())).evaluate(leaks).getFailureReport().getDetails();

        assertThat(details).hasSize(4).anySatisfy(detail -> assertThat(detail).startsWith(Leaks.class.getName() + ": has the field field"))
                .anySatisfy(detail -> assertThat(detail).startsWith(Leaks.class.getName() + ": nested() returns java.util.List<java.util.Map<"))
                .anySatisfy(detail -> assertThat(detail).startsWith(Leaks.class.getName() + ": takes() takes java.util.Optional<"))
                // Once, for the component: not again for its accessor and the canonical constructor.
                .anySatisfy(detail -> assertThat(detail).startsWith(Leaks.Carrier.class.getName() + ": has the record component hidden"))
                .allSatisfy(detail -> assertThat(detail).contains("of org.acogida.architecture.exposure.internal"));
    }
}
