package org.acogida.flights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current evaluation of a flight and, once given, the coordinator's word on it: confirmed as
 * evaluated, or overridden with a justification.
 */
public record Decision(UUID id, UUID flightId, Outcome outcome, int protocolVersion, int policyVersion, int manifestVersion,
                       List<RuleResult> results, boolean refusedUnderProtocol, Instant evaluatedAt, Outcome confirmedOutcome,
                       String justification, UUID confirmedBy, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedOutcome != null;
    }

    public boolean overridden() {
        return confirmedOutcome != null && confirmedOutcome != outcome;
    }

    /** What stands: the coordinator's outcome if given, the evaluation's otherwise. */
    public Outcome standing() {
        return confirmedOutcome != null ? confirmedOutcome : outcome;
    }
}
