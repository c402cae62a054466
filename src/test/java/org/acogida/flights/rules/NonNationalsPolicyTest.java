package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.rules.NonNationalsPolicy;
import org.junit.jupiter.api.Test;

class NonNationalsPolicyTest {
    final NonNationalsPolicy rule = new NonNationalsPolicy();

    static MemberPolicy quota(int monthly, Set<String> nationalities) {
        return new MemberPolicy("MEX", MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA, monthly, true, nationalities, 1);
    }

    @Test
    void onlyNationalsPasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aMemberThatRefusesNonNationalsSendsTheFlightToReview() {
        FlightFixture f = FlightFixture.compliant().nonNationals(Map.of("VEN", 12));
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void withinTheQuotaTheyComeOnAHumanitarianPathway() {
        FlightFixture f = FlightFixture.compliant().nonNationals(Map.of("VEN", 12));
        f.policy = quota(100, Set.of());
        f.nonNationalsThisMonth = 80;
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.CONDITION);
        assertThat(result.reasonKey()).isEqualTo("reason.non-nationals.pathway");
    }

    @Test
    void beyondTheMonthlyQuotaTheFlightGoesToReview() {
        FlightFixture f = FlightFixture.compliant().nonNationals(Map.of("VEN", 12));
        f.policy = quota(100, Set.of());
        f.nonNationalsThisMonth = 95;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aNationalityOutsideTheListGoesToReview() {
        FlightFixture f = FlightFixture.compliant().nonNationals(Map.of("CHN", 3));
        f.policy = quota(100, Set.of("IND"));
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(result.arguments()).containsExactly("3", "CHN");
    }
}
