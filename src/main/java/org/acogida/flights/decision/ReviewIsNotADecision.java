package org.acogida.flights.decision;

import java.util.Optional;

import org.acogida.flights.Decision;
import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;

/** "Needs review" is the evaluation asking for a person; the coordinator who looked accepts or refuses. */
public final class ReviewIsNotADecision implements DecisionRule {

    @Override
    public Optional<DecisionOutcome.Refused> check(Decision current, Outcome chosen, String justification) {
        return chosen == Outcome.NEEDS_REVIEW ? Optional.of(new DecisionOutcome.Refused("decision.refused.review")) : Optional.empty();
    }
}
