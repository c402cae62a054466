package org.acogida.cases.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acogida.cases.names.Folding;
import org.junit.jupiter.api.Test;

class DuplicateScoreTest {

    static final LocalDate BORN = LocalDate.of(1988, 4, 2);

    static DuplicateScore.Person person(String names, String document, LocalDate born, String nationality, String sex) {
        UUID id = UUID.randomUUID();
        return new DuplicateScore.Person(id, id, Folding.words(names), document == null ? null : Folding.compact(document), born, nationality, sex);
    }

    @Test
    void theSamePassportIsEnoughEvenUnderOtherNames() {
        var match = DuplicateScore.compare(person("García López María José", "G123", BORN, "GTM", "F"),
                person("Pérez Cruz Ana", "g-123", LocalDate.of(1988, 2, 4), "GTM", "F"));
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.matched()).containsExactly("DOCUMENT", "NATIONALITY", "SEX");
            assertThat(m.score()).isEqualTo(60);
        });
    }

    @Test
    void theSameDateOfBirthAndNamesWithAMissingSecondSurnameMatch() {
        var match = DuplicateScore.compare(person("GARCÍA LÓPEZ, María José", null, BORN, "GTM", "F"),
                person("Garcia Maria Jose", null, BORN, "GTM", "F"));
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.matched()).containsExactly("DATE_OF_BIRTH", "NAMES", "NATIONALITY", "SEX");
            assertThat(m.score()).isEqualTo(70);
        });
    }

    @Test
    void aTypoInTheNameStillMatchesWithLessScore() {
        var match = DuplicateScore.compare(person("Xitumul Caal Rosa", null, BORN, "GTM", "F"), person("Xitumul Cal Rosa", null, BORN, "GTM", "F"));
        assertThat(match).hasValueSatisfying(m -> assertThat(m.score()).isBetween(DuplicateScore.PROPOSE_FROM, 69));
    }

    @Test
    void theSameBirthdayWithOtherNamesIsNotADuplicate() {
        assertThat(DuplicateScore.compare(person("Tzul Ajpop Ixchel", null, BORN, "GTM", "F"), person("Pérez Cruz Ana", null, BORN, "GTM", "F")))
                .isEmpty();
    }

    @Test
    void theSameNamesBornAnotherDayAreNotADuplicate() {
        assertThat(DuplicateScore.compare(person("Pérez Cruz Ana", null, BORN, "GTM", "F"),
                person("Pérez Cruz Ana", null, BORN.plusDays(1), "GTM", "F"))).isEmpty();
    }

    @Test
    void aDifferentSexCountsAgainstAndASingleNameIsNotEnough() {
        assertThat(DuplicateScore.compare(person("García López José", null, BORN, "GTM", "M"), person("García López José", null, BORN, "GTM", "F")))
                .isEmpty();
        assertThat(DuplicateScore.compare(person("María", null, BORN, "GTM", "F"), person("María García López", null, BORN, "GTM", "F"))).isEmpty();
    }

    @Test
    void noDocumentOnEitherSideIsNotADocumentMatch() {
        assertThat(DuplicateScore.nameSimilarity(List.of(), List.of("ana"))).isZero();
        assertThat(DuplicateScore.compare(person("Ana Cruz", null, null, "GTM", "F"), person("Ana Cruz", null, null, "GTM", "F"))).isEmpty();
    }
}
