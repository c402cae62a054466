package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.instance.InstanceFiles;
import org.acogida.placement.instance.InstanceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: deterministic, the FY17 family sizes, the population/GDP key, and a round trip through the files. */
class InstanceGeneratorTest {

    static final InstanceGenerator.Settings SETTINGS = new InstanceGenerator.Settings(20_000, 50, 5, 7, false);

    @Test
    void theSameSettingsGiveTheSameInstance(@TempDir Path one, @TempDir Path two) throws Exception {
        InstanceFiles.write(InstanceGenerator.generate(new InstanceGenerator.Settings(300, 20, 3, 42, false)), one);
        InstanceFiles.write(InstanceGenerator.generate(new InstanceGenerator.Settings(300, 20, 3, 42, false)), two);
        for (String file : new String[] {"cases.csv", "localities.csv", "quotas.csv", "scores.csv"}) {
            assertThat(Files.readString(one.resolve(file))).as(file).isEqualTo(Files.readString(two.resolve(file)));
        }
        InstanceFiles.write(InstanceGenerator.generate(new InstanceGenerator.Settings(300, 20, 3, 43, false)), two);
        assertThat(Files.readString(one.resolve("scores.csv"))).isNotEqualTo(Files.readString(two.resolve("scores.csv")));
    }

    @Test
    void familySizesFollowFy17Arrivals() {
        Instance in = InstanceGenerator.generate(SETTINGS);
        int[] count = new int[8];
        for (int c = 0; c < in.cases(); c++) {
            count[Math.min(in.size(c), 7)]++;
        }
        double[] expected = {0, 0.477, 0.106, 0.103, 0.125, 0.103, 0.064, 0.021};
        for (int size = 1; size <= 7; size++) {
            assertThat(count[size] / (double) in.cases()).as("share of size %d", size).isCloseTo(expected[size], within(0.01));
        }
    }

    @Test
    void quotasFollowThePopulationAndGdpKeyAndLeaveSomeoneOut() {
        Instance in = InstanceGenerator.generate(SETTINGS);
        long quotas = 0;
        for (int k = 0; k < in.countries(); k++) {
            quotas += in.quota(k);
        }
        assertThat(quotas / (double) in.totalPersons()).isCloseTo(0.85, within(0.001));
        assertThat(in.countryCode(0)).isEqualTo("MEX");
        assertThat(in.countryCode(1)).isEqualTo("BRA");
        assertThat(in.quota(1)).as("Brazil, larger by population and GDP, takes more than Costa Rica").isGreaterThan(in.quota(3));
    }

    @Test
    void someFamiliesHaveForbiddenLocalitiesAndUnitInstancesAreAllSingles() {
        Instance families = InstanceGenerator.generate(SETTINGS);
        long forbidden = (long) families.cases() * families.localities() - families.pairs();
        assertThat(forbidden).isPositive();
        Instance unit = InstanceGenerator.generate(new InstanceGenerator.Settings(1000, 20, 5, 7, true));
        assertThat(unit.unitCases()).isTrue();
    }

    @Test
    void aGeneratedInstanceReadsBackIdentically(@TempDir Path folder) throws Exception {
        Instance generated = InstanceGenerator.generate(new InstanceGenerator.Settings(500, 30, 4, 3, false));
        InstanceFiles.write(generated, folder);
        Instance read = InstanceFiles.read(folder);
        assertThat(read.pairs()).isEqualTo(generated.pairs());
        assertThat(read.totalPersons()).isEqualTo(generated.totalPersons());
        for (int c = 0; c < read.cases(); c++) {
            assertThat(read.firstPair(c + 1) - read.firstPair(c)).isEqualTo(generated.firstPair(c + 1) - generated.firstPair(c));
        }
    }
}
