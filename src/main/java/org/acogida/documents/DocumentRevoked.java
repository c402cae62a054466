package org.acogida.documents;

import java.util.UUID;

/** A pass or permit was revoked: it is no longer valid, whatever its printed dates say. */
public record DocumentRevoked(UUID documentId, UUID caseId, String memberState, DocumentKind kind) {}
