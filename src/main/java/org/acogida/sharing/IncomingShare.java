package org.acogida.sharing;

import java.time.Instant;
import java.util.UUID;

import org.acogida.cases.Traces;

/**
 * A share as the member it was offered to sees it: the sender, the purpose and a reference; the
 * pseudonymised profile while it is offered; what the purpose reveals once accepted and the
 * record has arrived ({@code disclosure}, null until then); nothing once revoked. A transfer names
 * the case it opened here ({@code openedCaseId}) and where the person is expected
 * ({@code arrivalPoint}); a tracing request names the relationship, the answer this member's search
 * gave ({@code match}), the case of this member that fits ({@code matchedCaseId}, this member's own),
 * and when the asking coordinator agreed to connect ({@code senderAgreedAt}).
 */
public record IncomingShare(UUID id, String sender, Purpose purpose, String reference, ShareStatus status, PlacementProfile profile,
                            PlacementDisclosure disclosure, Instant receivedAt, String decidedByName, Instant decidedAt, String decisionReason,
                            int version, UUID openedCaseId, String arrivalPoint, Relationship relationship, Traces.Level match,
                            UUID matchedCaseId, Instant senderAgreedAt) {}
