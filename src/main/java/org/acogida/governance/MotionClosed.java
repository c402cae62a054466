package org.acogida.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A motion was closed, adopted or rejected: the module that asked for the decision applies it.
 * {@code adoptedVersion} is the version its adoption created, or 0.
 */
public record MotionClosed(UUID motionId, MotionKind kind, String subject, MotionStatus outcome, int adoptedVersion, Instant closedAt) {

    public boolean adopted() {
        return outcome == MotionStatus.ADOPTED;
    }
}
