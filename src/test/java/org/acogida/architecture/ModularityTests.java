package org.acogida.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.acogida.AcogidaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no reaching into another module's internals), and the module map in docs/ is current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AcogidaApplication.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleMapIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("docs/modules/components.puml")).exists();
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("access", "audit", "coalition", "home", "demo");
        MODULES.forEach(module -> assertThat(Files.exists(Path.of("docs/modules/module-" + module.getIdentifier() + ".puml")))
                .as("diagram of module %s", module.getIdentifier()).isTrue());
    }
}
