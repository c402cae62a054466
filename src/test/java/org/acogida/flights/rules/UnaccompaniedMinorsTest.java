package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.rules.UnaccompaniedMinors;
import org.junit.jupiter.api.Test;

class UnaccompaniedMinorsTest {
    final UnaccompaniedMinors rule = new UnaccompaniedMinors();

    @Test
    void noUnaccompaniedMinorsPasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void withAChildProtectionOfficerTheyComeOnThatCondition() {
        FlightFixture f = FlightFixture.compliant().unaccompanied(2);
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.CONDITION);
    }

    @Test
    void withoutAnOfficerTheFlightIsRefused() {
        FlightFixture f = FlightFixture.compliant().unaccompanied(2);
        f.capacity = new FlightFacts.ArrivalCapacity(400, 2000, false);
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REFUSE);
    }
}
