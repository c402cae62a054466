package org.acogida.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a case, for its timeline. {@code kind} names a message
 * (case-event.KIND) and {@code detail} is its one argument, already a code or a value, never free
 * text about a protection claim.
 */
public record CaseEvent(UUID caseId, Instant at, UUID actorId, String actorName, String kind, String detail) {

    public String messageKey() {
        return "case-event." + kind;
    }
}
