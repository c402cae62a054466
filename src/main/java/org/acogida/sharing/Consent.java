package org.acogida.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * What the person of a case agreed to be shared, for which purpose and with which member, how and
 * in which language, before which witness when it was given aloud; for a child, the legal basis instead. Withdrawn when {@code withdrawnAt} is set.
 */
public record Consent(UUID id, UUID caseId, Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis,
                      String witness, String recordedByName, Instant recordedAt, Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
