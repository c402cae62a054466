package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.rules.NationalsPolicy;
import org.junit.jupiter.api.Test;

class NationalsPolicyTest {
    final NationalsPolicy rule = new NationalsPolicy();

    @Test
    void nationalsAreAccepted() {
        FlightFixture f = FlightFixture.compliant();
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.protocol()).isFalse();
    }

    @Test
    void aMemberCanSetConditions() {
        FlightFixture f = FlightFixture.compliant();
        f.policy = new MemberPolicy("GTM", MemberPolicy.NationalsRule.ACCEPT_WITH_CONDITIONS, "civil aircraft only",
                MemberPolicy.NonNationalsRule.REFUSE, 0, false, Set.of(), 1);
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.CONDITION);
        assertThat(result.arguments()).containsExactly("120", "civil aircraft only");
    }
}
