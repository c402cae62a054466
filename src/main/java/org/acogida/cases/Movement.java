package org.acogida.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a person is to go from here: back to a country, to another member of the coalition, or to
 * a locality. Proposed by a case worker or coordinator, or later by a placement round.
 */
public record Movement(UUID id, UUID caseId, Kind kind, String destinationCountry, String destination, Status status, UUID proposedBy,
                       Instant proposedAt) {

    public enum Kind { RETURN, TRANSFER, PLACEMENT }

    public enum Status { PROPOSED, APPROVED, DONE, CANCELLED }

    public boolean active() {
        return status != Status.CANCELLED;
    }
}
