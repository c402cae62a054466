package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.AllowedAircraft;
import org.junit.jupiter.api.Test;

class AllowedAircraftTest {
    final AllowedAircraft rule = new AllowedAircraft();

    @Test
    void aCharterIsAllowed() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aMilitaryAircraftIsRefusedWithItsKindInTheReason() {
        FlightFixture f = FlightFixture.compliant();
        f.aircraft = AircraftKind.MILITARY;
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(result.reasonKey()).isEqualTo("reason.aircraft.refused");
        assertThat(result.arguments()).containsExactly("MILITARY");
        assertThat(result.protocol()).isTrue();
    }
}
