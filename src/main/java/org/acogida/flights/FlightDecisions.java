package org.acogida.flights;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.flights.decision.DecisionRule;
import org.acogida.flights.decision.DiversionNeedsAVote;
import org.acogida.flights.decision.OverrideNeedsJustification;
import org.acogida.flights.decision.ReviewIsNotADecision;
import org.acogida.flights.internal.DecisionRecords;
import org.acogida.flights.internal.FlightEvaluator;
import org.acogida.flights.internal.FlightRecords;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on each flight and the record of how it was reached: the evaluation against the
 * protocol and the member's policy, made again when what it rests on changes, and the
 * coordinator's word on it, which keeps the decision rules and, of two coordinators deciding at
 * once, lets the first stand.
 */
@Component
public class FlightDecisions {

    /** Whatever the state of the decision, choosing "needs review" is not deciding: the coordinator is told so first. */
    private static final DecisionRule REVIEW_IS_NOT_A_DECISION = new ReviewIsNotADecision();

    /** The rules a word on the standing evaluation keeps, in the order the coordinator is told of them. */
    private static final List<DecisionRule> DECISION_RULES = List.of(new OverrideNeedsJustification(), new DiversionNeedsAVote());

    private final FlightRecords flights;
    private final DecisionRecords decisions;
    private final FlightEvaluator evaluator;
    private final AuditLog audit;
    private final Clock clock;

    FlightDecisions(FlightRecords flights, DecisionRecords decisions, FlightEvaluator evaluator, AuditLog audit, Clock clock) {
        this.flights = flights;
        this.decisions = decisions;
        this.evaluator = evaluator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Decision> decision(UUID flightId) {
        flights.require(flightId);
        return decisions.current(flightId);
    }

    @Transactional(readOnly = true)
    public List<Decision> decisionHistory(UUID flightId) {
        flights.require(flightId);
        return decisions.history(flightId);
    }

    /**
     * The coordinator confirms the evaluated outcome or overrides it. An override needs a
     * justification; a flight refused elsewhere under the protocol is not accepted here without a
     * coalition vote; and of two coordinators deciding at once, the first stands and the second is told.
     */
    @Transactional
    public DecisionOutcome decide(UUID flightId, UUID decisionId, Outcome chosen, String justification) {
        // The flight first, as an evaluation locks it: a decision and a re-evaluation of one flight take turns instead of deadlocking.
        Flight flight = flights.lock(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
        Decision current = decisions.current(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
        Optional<DecisionOutcome.Refused> notADecision = REVIEW_IS_NOT_A_DECISION.check(current, chosen, justification);
        if (notADecision.isPresent()) {
            return notADecision.get();
        }
        if (!current.id().equals(decisionId) || current.confirmed()) {
            return new DecisionOutcome.Conflict(current.standing(), current.confirmed() ? current.confirmedAt() : current.evaluatedAt());
        }
        Optional<DecisionOutcome.Refused> refused = DECISION_RULES.stream().map(rule -> rule.check(current, chosen, justification))
                .flatMap(Optional::stream).findFirst();
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean override = chosen != current.outcome();
        String reason = justification == null ? "" : justification.strip();
        if (!decisions.confirm(decisionId, chosen, reason.isEmpty() ? null : reason, Actors.require().userId(), clock.instant())) {
            Decision standing = decisions.current(flightId).orElse(current);
            return new DecisionOutcome.Conflict(standing.standing(), standing.confirmedAt() != null ? standing.confirmedAt() : standing.evaluatedAt());
        }
        audit.record(AuditAction.UPDATE, "flight_decision", decisionId, flight.memberState());
        return new DecisionOutcome.Recorded(chosen, override);
    }

    /** Evaluates again the member's flights still to arrive: after a policy or protocol change. */
    @Transactional
    public int reevaluateUpcoming() {
        List<UUID> upcoming = flights.upcoming(clock.instant());
        upcoming.forEach(evaluator::evaluate);
        return upcoming.size();
    }
}
