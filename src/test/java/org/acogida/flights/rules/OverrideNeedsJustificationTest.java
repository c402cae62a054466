package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;
import org.acogida.flights.decision.OverrideNeedsJustification;
import org.junit.jupiter.api.Test;

class OverrideNeedsJustificationTest {
    final OverrideNeedsJustification rule = new OverrideNeedsJustification();
    static final DecisionOutcome.Refused REFUSED = new DecisionOutcome.Refused("decision.refused.justification");

    @Test
    void confirmingTheEvaluationNeedsNoJustification() {
        DecisionFixture f = DecisionFixture.accepted();
        assertThat(rule.check(f.decision(), Outcome.ACCEPT, null)).isEmpty();
        assertThat(rule.check(f.decision(), Outcome.ACCEPT, "")).isEmpty();
    }

    @Test
    void anOverrideWithoutJustificationIsRefused() {
        DecisionFixture f = DecisionFixture.accepted();
        assertThat(rule.check(f.decision(), Outcome.REFUSE, null)).contains(REFUSED);
        assertThat(rule.check(f.decision(), Outcome.ACCEPT_WITH_CONDITIONS, "")).contains(REFUSED);
    }

    @Test
    void twentyCharactersAreEnoughAndNineteenAreNot() {
        DecisionFixture f = DecisionFixture.accepted();
        assertThat(rule.check(f.decision(), Outcome.REFUSE, "a".repeat(20))).isEmpty();
        assertThat(rule.check(f.decision(), Outcome.REFUSE, "a".repeat(19))).contains(REFUSED);
    }

    @Test
    void spacesAroundTheJustificationDoNotCount() {
        DecisionFixture f = DecisionFixture.accepted();
        assertThat(rule.check(f.decision(), Outcome.REFUSE, "   " + "a".repeat(19) + "\n\n  ")).contains(REFUSED);
    }
}
