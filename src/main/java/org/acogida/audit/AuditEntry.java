package org.acogida.audit;

import java.time.Instant;
import java.util.UUID;

/** One link of the audit chain as stored. */
public record AuditEntry(long sequence, Instant occurredAt, UUID actorUserId, String actorMember, String actorRole,
                         String action, String recordType, String recordId, String recordMember,
                         String clientAddress, String previousHash, String hash) {

    /** An entry before it is placed in the chain. */
    public record Draft(Instant occurredAt, UUID actorUserId, String actorMember, String actorRole, String action,
                        String recordType, String recordId, String recordMember, String clientAddress) {}

    public Draft draft() {
        return new Draft(occurredAt, actorUserId, actorMember, actorRole, action, recordType, recordId, recordMember, clientAddress);
    }
}
