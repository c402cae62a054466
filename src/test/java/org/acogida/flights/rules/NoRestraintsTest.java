package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.flights.protocol.rules.NoRestraints;
import org.junit.jupiter.api.Test;

class NoRestraintsTest {
    final NoRestraints rule = new NoRestraints();

    @Test
    void noRestraintsDeclaredPasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void restraintsDeclaredAreRefused() {
        FlightFixture f = FlightFixture.compliant();
        f.restraints = true;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void withoutTheStandardInTheProtocolRestraintsAreNotRuledOn() {
        FlightFixture f = FlightFixture.compliant();
        f.restraints = true;
        assertThat(rule.check(f.facts(), ProtocolParameters.none(), f.policy).verdict()).isEqualTo(Verdict.PASS);
    }
}
