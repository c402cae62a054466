package org.acogida.flights.decision;

import java.util.Optional;

import org.acogida.flights.Decision;
import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;

/**
 * One rule the coordinator's word on a flight keeps, whatever the evaluation said. A rule that
 * refuses says why, with the message key the coordinator reads beside the decision form.
 */
public interface DecisionRule {

    /** Empty when the word may stand. The justification is as the coordinator typed it: blank or null when none. */
    Optional<DecisionOutcome.Refused> check(Decision current, Outcome chosen, String justification);
}
