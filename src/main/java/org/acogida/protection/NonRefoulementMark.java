package org.acogida.protection;

import java.time.Instant;
import java.util.UUID;

/** The case's person must not be sent to {@code country}: placed by a claim, kept since {@code since}. */
public record NonRefoulementMark(UUID caseId, String country, UUID claimId, Instant since) {}
