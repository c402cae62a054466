package org.acogida.sharing;

import java.time.Instant;
import java.util.UUID;

import org.acogida.cases.Traces;

/**
 * A share as its sender sees it: which case, for whom and why, under which reference, and where it
 * stands. A tracing request adds who is sought, the other member's answer ({@code match}, null until
 * it arrives), when this member's coordinator agreed to connect, and once both agreed, who was found.
 */
public record OutgoingShare(UUID id, UUID caseId, UUID consentId, Purpose purpose, String recipient, String reference, ShareStatus status,
                            PlacementProfile profile, String offeredByName, Instant offeredAt, Instant decidedAt, String decisionReason,
                            int version, Sought sought, Traces.Level match, Instant agreedAt, PlacementDisclosure found) {}
