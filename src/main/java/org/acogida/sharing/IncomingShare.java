package org.acogida.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A share as the member it was offered to sees it: the sender, the purpose and a reference; the
 * pseudonymised profile while it is offered; what the purpose reveals once accepted and the
 * record has arrived ({@code disclosure}, null until then); nothing once revoked.
 */
public record IncomingShare(UUID id, String sender, Purpose purpose, String reference, ShareStatus status, PlacementProfile profile,
                            PlacementDisclosure disclosure, Instant receivedAt, String decidedByName, Instant decidedAt, String decisionReason,
                            int version) {}
