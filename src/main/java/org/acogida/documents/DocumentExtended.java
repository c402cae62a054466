package org.acogida.documents;

import java.time.LocalDate;
import java.util.UUID;

/** A pass or permit in force was extended: it is now valid until {@code validUntil}. */
public record DocumentExtended(UUID documentId, UUID caseId, String memberState, DocumentKind kind, LocalDate validUntil) {}
