package org.acogida.reception;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A possible duplicate put to an officer: the newer case, the earlier one it may be the same person
 * as, the score and the fields that match, and the decision once taken.
 */
public record DuplicateReview(UUID id, UUID caseId, UUID earlierId, int score, List<String> matched, Status status, Instant proposedAt,
                              UUID decidedBy, Instant decidedAt) {

    public enum Status { PENDING, SAME_PERSON, NOT_DUPLICATE }
}
