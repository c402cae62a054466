package org.acogida.flights.decision;

import java.util.Optional;

import org.acogida.flights.Decision;
import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;

/**
 * Overriding the evaluation takes a justification someone can weigh later (the sending authority
 * reads it in the decision letter): at least 20 characters, not counting spaces around it.
 * Confirming the evaluation needs none.
 */
public final class OverrideNeedsJustification implements DecisionRule {

    private static final int MINIMUM_LENGTH = 20;

    @Override
    public Optional<DecisionOutcome.Refused> check(Decision current, Outcome chosen, String justification) {
        boolean override = chosen != current.outcome();
        String reason = justification == null ? "" : justification.strip();
        return override && reason.length() < MINIMUM_LENGTH
                ? Optional.of(new DecisionOutcome.Refused("decision.refused.justification"))
                : Optional.empty();
    }
}
