package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.rules.MaximumPassengers;
import org.junit.jupiter.api.Test;

class MaximumPassengersTest {
    final MaximumPassengers rule = new MaximumPassengers();

    @Test
    void oneHundredThirtyFivePasses() {
        FlightFixture f = FlightFixture.compliant();
        f.declared = 135;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aManifestOverTheMaximumIsRefusedEvenIfTheNoticeDeclaredFewer() {
        FlightFixture f = FlightFixture.compliant();
        f.manifest = new FlightFacts.ManifestSummary(140, 140, Map.of(), 0, 0, 0, 0);
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REFUSE);
    }
}
