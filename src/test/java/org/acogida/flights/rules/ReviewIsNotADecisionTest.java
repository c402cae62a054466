package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;
import org.acogida.flights.decision.ReviewIsNotADecision;
import org.junit.jupiter.api.Test;

class ReviewIsNotADecisionTest {
    final ReviewIsNotADecision rule = new ReviewIsNotADecision();

    @Test
    void choosingNeedsReviewIsRefused() {
        DecisionFixture f = DecisionFixture.accepted();
        f.outcome = Outcome.NEEDS_REVIEW;
        assertThat(rule.check(f.decision(), Outcome.NEEDS_REVIEW, "Lo revisaremos la semana que viene con calma"))
                .contains(new DecisionOutcome.Refused("decision.refused.review"));
    }

    @Test
    void acceptingOrRefusingAFlightThatNeedsReviewIsADecision() {
        DecisionFixture f = DecisionFixture.accepted();
        f.outcome = Outcome.NEEDS_REVIEW;
        for (Outcome chosen : new Outcome[] {Outcome.ACCEPT, Outcome.ACCEPT_WITH_CONDITIONS, Outcome.REFUSE}) {
            assertThat(rule.check(f.decision(), chosen, "")).as(chosen.name()).isEmpty();
        }
    }
}
