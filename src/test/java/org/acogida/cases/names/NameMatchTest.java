package org.acogida.cases.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchTest {

    static final List<String> MARIA = Folding.words("GARCÍA LÓPEZ, María José");

    @ParameterizedTest(name = "\"{0}\" finds GARCÍA LÓPEZ, María José")
    @CsvSource(delimiter = '|', value = {
            "Garcia Lopez", "garcía lópez", "GARCIA", "Lopez Garcia", "Garcia Maria", "Maria Jose Garcia Lopez",
            "Garsia Lopez", "Gracia Lopez", "Garcia Lopes", "Gar Lop", "maría-josé", "Garcia  ,  Lopez"})
    void findsThePersonWhateverTheCaseAccentsOrderTyposOrMissingSurname(String typed) {
        assertThat(NameMatch.score(typed, MARIA, null, null)).isGreaterThan(0);
    }

    @ParameterizedTest(name = "\"{0}\" does not find GARCÍA LÓPEZ, María José")
    @CsvSource(delimiter = '|', value = {"Hernandez", "Garcia Hernandez", "Ga", "Gxrxia", "Garcia Garcia", "Lopez Maria Ana"})
    void doesNotFindSomeoneElse(String typed) {
        assertThat(NameMatch.score(typed, MARIA, null, null)).isZero();
    }

    @Test
    void anExactNameScoresAboveATypo() {
        assertThat(NameMatch.score("Garcia Lopez", MARIA, null, null)).isEqualTo(1.0);
        assertThat(NameMatch.score("Garsia Lopez", MARIA, null, null)).isLessThan(1.0);
    }

    @Test
    void aDocumentOrPassengerIdMatchesWholeWithoutPunctuation() {
        assertThat(NameMatch.score("g-1001", List.of(), "G1001", "P7")).isEqualTo(1.0);
        assertThat(NameMatch.score("P7", List.of(), "G1001", "P7")).isEqualTo(1.0);
        assertThat(NameMatch.score("G100", List.of(), "G1001", "P7")).isZero();
    }

    @Test
    void otherScriptsKeepTheirLettersAndMatchThemselves() {
        List<String> words = Folding.words("عبد الله محمد");
        assertThat(words).containsExactly("عبد", "الله", "محمد");
        assertThat(NameMatch.score("محمد", words, null, null)).isEqualTo(1.0);
    }

    @Test
    void theSearchKeyIsTheFoldedWords() {
        assertThat(Folding.key("NÚÑEZ-Ó'BRIEN", "Straße")).isEqualTo("nunez o brien strasse");
    }

    @Test
    void editDistanceCountsASwapOfNeighboursAsOne() {
        assertThat(Edits.distance("gracia", "garcia", 2)).isEqualTo(1);
        assertThat(Edits.distance("garcia", "garcia", 2)).isZero();
        assertThat(Edits.distance("lopez", "lopes", 2)).isEqualTo(1);
        assertThat(Edits.distance("abcdefgh", "hgfedcba", 2)).isEqualTo(3);
    }
}
