package org.acogida.documents;

import java.time.LocalDate;
import java.util.UUID;

/** A pass or permit was issued to a case's holder, valid over [validFrom, validUntil]. */
public record DocumentIssued(UUID documentId, UUID caseId, String memberState, DocumentKind kind, LocalDate validFrom, LocalDate validUntil) {}
