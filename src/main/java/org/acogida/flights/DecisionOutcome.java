package org.acogida.flights;

import java.time.Instant;

/** What became of a coordinator's decision on a flight. */
public sealed interface DecisionOutcome {

    record Recorded(Outcome outcome, boolean override) implements DecisionOutcome {}

    /** Another coordinator decided first, or the flight was evaluated again meanwhile: theirs stands. */
    record Conflict(Outcome standing, Instant decidedAt) implements DecisionOutcome {}

    record Refused(String messageKey) implements DecisionOutcome {}
}
