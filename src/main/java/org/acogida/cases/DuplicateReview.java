package org.acogida.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two cases that may be the same person, as put to an officer once: the score (0–100), the fields
 * that match (DOCUMENT, NAMES, DATE_OF_BIRTH, NATIONALITY, SEX) and the officer's decision.
 */
public record DuplicateReview(UUID id, UUID caseId, UUID earlierId, int score, List<String> matched, Status status, Instant proposedAt,
                              UUID decidedBy, Instant decidedAt) {

    public enum Status { PENDING, SAME_PERSON, NOT_DUPLICATE }
}
