package org.acogida.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MemberFactsTest {

    /** Every country of the reference table can be admitted, so every one of them needs its facts. */
    static final List<String> ADMISSIBLE = ReferenceFile.rows("countries.csv").stream().map(row -> row.get("iso3")).toList();

    @Test
    void everyCountryThatCanBeAMemberHasEveryFactWithItsSource() {
        assertThat(ADMISSIBLE).hasSize(16);
        for (String iso3 : ADMISSIBLE) {
            MemberFacts facts = MemberFacts.of(iso3);
            assertThat(facts.iso3()).isEqualTo(iso3);
            assertThat(facts.ageOfMajority()).as("%s age of majority", iso3).isBetween(14, 21);
            assertThat(facts.ageOfMajoritySource()).as("%s age of majority source", iso3).isNotBlank();
            assertThat(facts.phonePrefix()).as("%s phone prefix", iso3).matches("[1-9][0-9]{0,2}");
            assertThat(facts.phonePrefixSource()).as("%s phone prefix source", iso3).contains("E.164");
            assertThat(facts.childProtectionAuthority()).as("%s child-protection authority", iso3).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(facts.childProtectionAuthoritySource()).as("%s child-protection authority source", iso3).isNotBlank();
        }
        assertThat(MemberFacts.all()).extracting(MemberFacts::iso3).containsExactlyInAnyOrderElementsOf(ADMISSIBLE);
    }

    @Test
    void everyCurrentMemberComesOfAgeAtEighteen() {
        assertThat(MemberFacts.all()).allSatisfy(facts -> assertThat(facts.ageOfMajority()).as(facts.iso3()).isEqualTo(18));
    }

    @Test
    void theTelephoneCodesAreTheE164Ones() {
        assertThat(MemberFacts.of("GTM").phonePrefix()).isEqualTo("502");
        assertThat(MemberFacts.of("HND").phonePrefix()).isEqualTo("504");
        assertThat(MemberFacts.of("MEX").phonePrefix()).isEqualTo("52");
        assertThat(MemberFacts.of("COL").phonePrefix()).isEqualTo("57");
        assertThat(MemberFacts.of("HTI").phonePrefix()).isEqualTo("509");
        assertThat(MemberFacts.of("DOM").phonePrefix()).isEqualTo("1");
    }

    @Test
    void aPersonIsAMinorUntilTheDayTheyComeOfAge() {
        MemberFacts guatemala = MemberFacts.of("GTM");
        LocalDate born = LocalDate.of(2008, 3, 15);
        assertThat(guatemala.minorOn(born, LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(guatemala.minorOn(born, LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void aFlightsMemberIsTheCountryOfItsArrivalPoint() {
        for (CSVRecord point : ReferenceFile.rows("arrival-points.csv")) {
            assertThat(MemberFacts.atArrivalPoint(point.get("code")).iso3()).as(point.get("code")).isEqualTo(point.get("country"));
        }
        assertThatThrownBy(() -> MemberFacts.atArrivalPoint("NOWHERE")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCountryWithoutFactsIsAGapInTheReferenceData() {
        assertThatThrownBy(() -> MemberFacts.of("NOR")).isInstanceOf(IllegalStateException.class).hasMessageContaining("member-facts.csv");
    }
}
