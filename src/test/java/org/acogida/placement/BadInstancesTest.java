package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.acogida.placement.instance.InstanceFiles;
import org.acogida.placement.instance.InstanceProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad instance folder is refused with every problem, each naming the file, the line and what is wrong. */
class BadInstancesTest {

    @TempDir
    Path folder;

    @BeforeEach
    void aGoodInstance() throws IOException {
        write("quotas.csv", "country,quota\nMEX,10\nCOL,5\n");
        write("localities.csv", "locality_id,country,capacity\nL1,MEX,4\nL2,COL,3\n");
        write("cases.csv", "case_id,size\nC1,2\nC2,1\n");
        write("scores.csv", "case_id,locality_id,score\nC1,L1,80\nC1,L2,60\nC2,L1,40\n");
    }

    @Test
    void theGoodInstanceReads() {
        var instance = InstanceFiles.read(folder);
        assertThat(instance.cases()).isEqualTo(2);
        assertThat(instance.pairs()).isEqualTo(3);
    }

    @Test
    void anUnknownCaseIdNamesFileAndLine() throws IOException {
        write("scores.csv", "case_id,locality_id,score\nC1,L1,80\nC9,L1,60\n");
        assertProblem("scores.csv line 3: unknown case C9 (not in cases.csv)");
    }

    @Test
    void anUnknownLocalityIdNamesFileAndLine() throws IOException {
        write("scores.csv", "case_id,locality_id,score\nC1,L7,80\n");
        assertProblem("scores.csv line 2: unknown locality L7 (not in localities.csv)");
    }

    @Test
    void aDuplicatePairNamesTheSecondLine() throws IOException {
        write("scores.csv", "case_id,locality_id,score\nC1,L1,80\nC2,L1,40\nC1,L1,81\n");
        assertProblem("scores.csv line 4: the pair C1,L1 appears twice");
    }

    @Test
    void aNegativeCapacityIsRefused() throws IOException {
        write("localities.csv", "locality_id,country,capacity\nL1,MEX,4\nL2,COL,-3\n");
        assertProblem("localities.csv line 3: capacity must be zero or more, not -3");
    }

    @Test
    void aScoreThatIsNotAWholeNumberIsRefused() throws IOException {
        write("scores.csv", "case_id,locality_id,score\nC1,L1,80.5\nC2,L1,abc\n");
        assertProblem("scores.csv line 2: score '80.5' is not a whole number");
        assertProblem("scores.csv line 3: score 'abc' is not a whole number");
    }

    @Test
    void aLocalityOfACountryWithoutQuotaIsRefused() throws IOException {
        write("localities.csv", "locality_id,country,capacity\nL1,MEX,4\nL2,PER,3\n");
        assertProblem("localities.csv line 3: country PER has no quota in quotas.csv");
    }

    @Test
    void aMissingColumnOrFileIsNamed() throws IOException {
        write("cases.csv", "case_id,persons\nC1,2\n");
        Files.delete(folder.resolve("quotas.csv"));
        assertThatThrownBy(() -> InstanceFiles.read(folder)).isInstanceOf(InstanceProblems.class)
                .satisfies(e -> assertThat(((InstanceProblems) e).problems()).anyMatch(p -> p.startsWith("quotas.csv: the file is missing"))
                        .contains("cases.csv line 1: the header lacks size (expected case_id,size)"));
    }

    @Test
    void aFamilyOfZeroIsRefused() throws IOException {
        write("cases.csv", "case_id,size\nC1,0\nC2,1\n");
        assertProblem("cases.csv line 2: size must be 1 or more, not 0");
    }

    private void assertProblem(String expected) {
        assertThatThrownBy(() -> InstanceFiles.read(folder)).isInstanceOf(InstanceProblems.class)
                .satisfies(e -> assertThat(((InstanceProblems) e).problems()).contains(expected));
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content);
    }
}
