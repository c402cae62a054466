package org.acogida.placement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./acogida place generate, then ./acogida place on the folder: the files it writes and its exit codes. */
class PlaceCommandTest {

    @Test
    void generatesThenPlacesAndWritesThePlanTheSummaryAndTheExplanations(@TempDir Path work) throws Exception {
        Path instance = work.resolve("instance");
        Path out = work.resolve("out");
        assertThat(run("place", "generate", "--cases", "200", "--localities", "12", "--countries", "3", "--seed", "5",
                "--out", instance.toString())).isZero();
        assertThat(run("place", "--instance", instance.toString(), "--out", out.toString())).isZero();

        List<String> plan = Files.readAllLines(out.resolve("plan.csv"));
        assertThat(plan.getFirst()).isEqualTo("case_id,locality_id");
        assertThat(plan).hasSize(201);
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"objective\"", "\"upper_bound\"", "\"gap\"", "\"placed_cases\"", "\"placed_persons\"",
                "\"seconds\"", "\"method\": \"acogida-flow\"");
        List<String> explanations = Files.readAllLines(out.resolve("explanations.csv"));
        assertThat(explanations.getFirst()).startsWith("case_id,size,locality_id,score,forbidden_localities,alternative_1,score_1,reason_1");
        assertThat(explanations.stream().skip(1)).anyMatch(line -> line.contains("capacity_full") || line.contains("quota_reached"));
    }

    @Test
    void aBadInstanceExitsWithOneAndNamesFileAndLine(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("quotas.csv"), "country,quota\nMEX,-1\n");
        Files.writeString(work.resolve("localities.csv"), "locality_id,country,capacity\n");
        Files.writeString(work.resolve("cases.csv"), "case_id,size\n");
        Files.writeString(work.resolve("scores.csv"), "case_id,locality_id,score\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlacementCli.run(new String[] {"place", "--instance", work.toString(), "--out", work.resolve("o").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("quotas.csv line 2: quota must be zero or more, not -1");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("place", "--instance")).isEqualTo(2);
        assertThat(run("place", "generate", "--cases", "ten", "--localities", "3")).isEqualTo(2);
    }

    private static int run(String... args) {
        return PlacementCli.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }
}
