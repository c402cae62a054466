package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.Outcome;
import org.acogida.flights.protocol.Evaluation;
import org.junit.jupiter.api.Test;

/** The rules together: a refusal wins over a review, a review over conditions. */
class EvaluationTest {

    @Test
    void aCompliantFlightIsAccepted() {
        FlightFixture f = FlightFixture.compliant();
        Evaluation evaluation = Evaluation.of(f.facts(), f.protocol, f.policy);
        assertThat(evaluation.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(evaluation.results()).hasSize(Evaluation.PROTOCOL_RULES.size() + Evaluation.POLICY_RULES.size());
    }

    @Test
    void aMilitaryFlightWithRestraintsIsRefusedUnderTheProtocol() {
        FlightFixture f = FlightFixture.compliant();
        f.aircraft = AircraftKind.MILITARY;
        f.restraints = true;
        f.declared = 120;
        Evaluation evaluation = Evaluation.of(f.facts(), f.protocol, f.policy);
        assertThat(evaluation.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(evaluation.refusedUnderProtocol()).isTrue();
        assertThat(evaluation.refusedBy("allowed-aircraft")).isTrue();
        assertThat(evaluation.refusedBy("no-restraints")).isTrue();
    }

    @Test
    void aReviewWinsOverConditions() {
        FlightFixture f = FlightFixture.compliant().unaccompanied(1);
        f.declared = 119;
        assertThat(Evaluation.of(f.facts(), f.protocol, f.policy).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }
}
