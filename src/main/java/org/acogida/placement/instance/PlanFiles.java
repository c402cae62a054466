package org.acogida.placement.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.acogida.placement.engine.Alternative;
import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Placement;
import org.acogida.placement.engine.Plan;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a plan: {@code plan.csv} (case_id,locality_id, empty for an unplaced case),
 * {@code summary.json} (objective, upper_bound, gap, placed_cases, placed_persons, seconds, method)
 * and {@code explanations.csv}: for every case its score and its next best localities, each with
 * what ruled it out.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static void write(Instance in, Plan plan, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (CSVPrinter out = InstanceFiles.printer(folder.resolve("plan.csv"), "case_id", "locality_id")) {
            for (Placement placement : plan.placements()) {
                out.printRecord(in.caseId(placement.caseIndex()), placement.placed() ? in.localityId(placement.locality()) : "");
            }
        }
        try (CSVPrinter out = InstanceFiles.printer(folder.resolve("explanations.csv"), "case_id", "size", "locality_id", "score",
                "forbidden_localities", "alternative_1", "score_1", "reason_1", "alternative_2", "score_2", "reason_2",
                "alternative_3", "score_3", "reason_3")) {
            for (Placement placement : plan.placements()) {
                Object[] row = new Object[14];
                row[0] = in.caseId(placement.caseIndex());
                row[1] = in.size(placement.caseIndex());
                row[2] = placement.placed() ? in.localityId(placement.locality()) : "";
                row[3] = placement.score();
                row[4] = placement.forbiddenLocalities();
                for (int i = 0; i < 3; i++) {
                    if (i < placement.alternatives().size()) {
                        Alternative alternative = placement.alternatives().get(i);
                        row[5 + 3 * i] = in.localityId(alternative.locality());
                        row[6 + 3 * i] = alternative.score();
                        row[7 + 3 * i] = alternative.reason().name().toLowerCase(Locale.ROOT);
                    } else {
                        row[5 + 3 * i] = "";
                        row[6 + 3 * i] = "";
                        row[7 + 3 * i] = "";
                    }
                }
                out.printRecord(row);
            }
        }
        Files.writeString(folder.resolve("summary.json"), summary(plan), StandardCharsets.UTF_8);
    }

    static String summary(Plan plan) {
        return String.format(Locale.ROOT, """
                {
                  "objective": %d,
                  "upper_bound": %s,
                  "gap": %s,
                  "placed_cases": %d,
                  "placed_persons": %d,
                  "seconds": %.3f,
                  "method": "%s",
                  "status": "%s"
                }
                """, plan.objective(), number(plan.upperBound()), number(plan.gap()), plan.placedCases(), plan.placedPersons(),
                plan.seconds(), plan.method(), plan.status());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
    }
}
