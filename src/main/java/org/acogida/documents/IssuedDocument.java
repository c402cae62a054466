package org.acogida.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document issued to the holder of a case, with the signed token its QR code carries. */
public record IssuedDocument(UUID id, UUID caseId, DocumentKind kind, String number, Status status, LocalDate validFrom, LocalDate validUntil,
                             int extensions, String token, String language, Instant issuedAt, Instant revokedAt, RevocationReason revokedReason,
                             int version) {

    public enum Status { ACTIVE, REVOKED }

    public enum RevocationReason { ERROR, LEFT_COUNTRY, REPLACED, FRAUD, OTHER_STATUS }

    /** Whether a checkpoint would accept it today: active and within its dates. */
    public boolean inForceOn(LocalDate day) {
        return status == Status.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(validUntil);
    }
}
