package org.acogida.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A question put to the members. {@code subject} is a key the proposing module chooses to find the
 * motions about one thing again (a diversion: authority|mission|member); {@code proposal} is what
 * would be adopted, as JSON text only the proposing module reads. {@code proposedBy} is a member state.
 */
public record Motion(UUID id, MotionKind kind, String title, String subject, String proposal, String proposedBy, int quorumPercent,
                     int majorityPercent, MotionStatus status, Instant openedAt, Instant closedAt, int version) {

    public boolean open() {
        return status == MotionStatus.OPEN;
    }
}
