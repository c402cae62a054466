package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.NoDiversion;
import org.junit.jupiter.api.Test;

class NoDiversionTest {
    final NoDiversion rule = new NoDiversion();

    @Test
    void aMissionNobodyRefusedPasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aMissionRefusedElsewhereUnderTheProtocolIsRefused() {
        FlightFixture f = FlightFixture.compliant();
        f.refusedElsewhere = true;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void aCoalitionVoteLetsItLandOnCondition() {
        FlightFixture f = FlightFixture.compliant();
        f.refusedElsewhere = true;
        f.diversionVoted = true;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.CONDITION);
    }
}
