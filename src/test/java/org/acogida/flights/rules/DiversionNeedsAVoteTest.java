package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;
import org.acogida.flights.RuleResult;
import org.acogida.flights.decision.DiversionNeedsAVote;
import org.junit.jupiter.api.Test;

class DiversionNeedsAVoteTest {
    final DiversionNeedsAVote rule = new DiversionNeedsAVote();
    static final String JUSTIFIED = "Queremos recibirlos aunque Guatemala los rechazó";

    @Test
    void aDiversionRefusedUnderTheProtocolCannotBeAcceptedByOverride() {
        DecisionFixture f = DecisionFixture.refusedAsADiversion();
        assertThat(rule.check(f.decision(), Outcome.ACCEPT, JUSTIFIED)).contains(new DecisionOutcome.Refused("decision.refused.diversion"));
        assertThat(rule.check(f.decision(), Outcome.ACCEPT_WITH_CONDITIONS, JUSTIFIED))
                .contains(new DecisionOutcome.Refused("decision.refused.diversion"));
    }

    @Test
    void itCanAlwaysBeRefused() {
        DecisionFixture f = DecisionFixture.refusedAsADiversion();
        assertThat(rule.check(f.decision(), Outcome.REFUSE, "")).isEmpty();
    }

    @Test
    void afterTheCoalitionVotedTheCoordinatorDecides() {
        DecisionFixture f = DecisionFixture.refusedAsADiversion();
        f.outcome = Outcome.ACCEPT_WITH_CONDITIONS;
        f.results.set(1, RuleResult.condition("no-diversion", true, "reason.diversion.voted"));
        assertThat(rule.check(f.decision(), Outcome.ACCEPT, JUSTIFIED)).isEmpty();
    }

    @Test
    void aRefusalUnderAnotherRuleMayBeOverridden() {
        DecisionFixture f = DecisionFixture.accepted();
        f.outcome = Outcome.REFUSE;
        f.results.set(0, RuleResult.refuse("allowed-aircraft", true, "reason.aircraft.refused", "MILITARY"));
        assertThat(rule.check(f.decision(), Outcome.ACCEPT, JUSTIFIED)).isEmpty();
    }
}
