package org.acogida.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import org.acogida.AcogidaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure holds (no cycles, no reaching into another module's internals), and the module map in docs/ is current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AcogidaApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleMapIntoDocs() throws IOException {
        ModuleMap.write(MODULES, DOCS);
        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("access", "audit", "coalition", "home", "demo");
        MODULES.forEach(module -> assertThat(Files.exists(DOCS.resolve("module-" + module.getIdentifier() + ".puml")))
                .as("diagram of module %s", module.getIdentifier()).isTrue());
    }

    /** Otherwise every test run leaves docs/modules changed, and a real change to the map hides among the noise. */
    @Test
    void writesTheModuleMapTheSameWayEveryTime(@TempDir Path first, @TempDir Path second) throws IOException {
        ModuleMap.write(MODULES, first);
        // A new predicate misses Spring Modulith's cache: the classes are imported again, with new hash codes, as in another run.
        ModuleMap.write(ApplicationModules.of(AcogidaApplication.class, DescribedPredicate.describe("nothing", type -> false)), second);

        Map<String, List<String>> once = linesOfEachFile(first);
        Map<String, List<String>> again = linesOfEachFile(second);
        assertThat(again.keySet()).isNotEmpty().isEqualTo(once.keySet());
        assertSoftly(softly -> once.forEach((file, lines) ->
                softly.assertThat(again.get(file)).as("%s written a second time", file).containsExactlyElementsOf(lines)));
    }

    private static Map<String, List<String>> linesOfEachFile(Path folder) throws IOException {
        Map<String, List<String>> lines = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                lines.put(file.getFileName().toString(), Files.readAllLines(file));
            }
        }
        return lines;
    }
}
