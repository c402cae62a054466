package org.acogida.sharing;

import java.time.Instant;
import java.util.UUID;

/** A share as its sender sees it: which case, for whom and why, under which reference, and where it stands. */
public record OutgoingShare(UUID id, UUID caseId, UUID consentId, Purpose purpose, String recipient, String reference, ShareStatus status,
                            PlacementProfile profile, String offeredByName, Instant offeredAt, Instant decidedAt, String decisionReason,
                            int version) {}
