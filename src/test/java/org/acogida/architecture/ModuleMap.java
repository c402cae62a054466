package org.acogida.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map (a PlantUML diagram of all modules, one per module, and a canvas per module),
 * written the same way on every run so that docs/modules changes only when the modules do.
 * Spring Modulith's Documenter gives each relationship a number in the order it walks a HashMap
 * keyed by module, and a module's hash code comes from ArchUnit's classes, which have identity
 * hash codes; the PlantUML exporter writes the relationships by that number. So their order changed
 * from one run to the next, and the library offers no way to set it: each run of {@code Rel(...)}
 * lines is sorted here instead. PlantUML draws the same diagram whatever their order.
 */
final class ModuleMap {

    private ModuleMap() {
    }

    static void write(ApplicationModules modules, Path folder) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path diagram : files.filter(file -> file.getFileName().toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, withRelationshipsSorted(Files.readString(diagram)));
            }
        }
    }

    static String withRelationshipsSorted(String diagram) {
        List<String> lines = new ArrayList<>(Arrays.asList(diagram.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = Math.max(end, start + 1);
        }
        return String.join("\n", lines);
    }
}
