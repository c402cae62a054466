package org.acogida.flights.decision;

import java.util.Optional;

import org.acogida.flights.Decision;
import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Outcome;
import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.rules.NoDiversion;

/**
 * A mission another member refused under the protocol is refused here by the no-diversion rule,
 * and a coordinator cannot override that into an acceptance: only a coalition vote can, after
 * which the rule no longer refuses. Refusing it is always allowed.
 */
public final class DiversionNeedsAVote implements DecisionRule {

    private static final String NO_DIVERSION = new NoDiversion().name();

    @Override
    public Optional<DecisionOutcome.Refused> check(Decision current, Outcome chosen, String justification) {
        boolean refusedAsDiversion = current.results().stream()
                .anyMatch(r -> r.rule().equals(NO_DIVERSION) && r.verdict() == RuleResult.Verdict.REFUSE);
        return refusedAsDiversion && chosen != Outcome.REFUSE
                ? Optional.of(new DecisionOutcome.Refused("decision.refused.diversion"))
                : Optional.empty();
    }
}
