package org.acogida.audit.chain;

import org.acogida.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.ChainVerification;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chain in the database. Appending locks the chain's head row, so entries get consecutive
 * sequence numbers and each links to the one committed before it; concurrent writers wait for each
 * other's commit, which keeps the chain a single line.
 */
@Component
@CrossMemberAccess("The audit chain is one sequence across all member states; its entries hold ids only.")
public class AuditChainStore {

    private static final int PAGE = 2_000;

    private final JdbcClient jdbc;
    private final ChainHasher hasher;

    AuditChainStore(JdbcClient jdbc, AuditProperties properties) {
        this.jdbc = jdbc;
        this.hasher = new ChainHasher(properties.key());
    }

    public AuditEntry append(AuditEntry.Draft draft) {
        Head head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long sequence = head.sequence() + 1;
        String hash = hasher.hash(sequence, draft, head.hash());
        jdbc.sql("""
                INSERT INTO audit_entry (sequence, occurred_at, actor_user_id, actor_member, actor_role, action,
                                         record_type, record_id, record_member, client_address, previous_hash, hash)
                VALUES (:sequence, :at, :user, :actorMember, :role, :action, :type, :recordId, :recordMember, :address, :previous, :hash)
                """)
                .param("sequence", sequence)
                .param("at", Timestamp.from(draft.occurredAt()))
                .param("user", draft.actorUserId())
                .param("actorMember", draft.actorMember())
                .param("role", draft.actorRole())
                .param("action", draft.action())
                .param("type", draft.recordType())
                .param("recordId", draft.recordId())
                .param("recordMember", draft.recordMember())
                .param("address", draft.clientAddress())
                .param("previous", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_sequence = :sequence, last_hash = :hash WHERE id = 1")
                .param("sequence", sequence).param("hash", hash).update();
        return new AuditEntry(sequence, draft.occurredAt(), draft.actorUserId(), draft.actorMember(), draft.actorRole(),
                draft.action(), draft.recordType(), draft.recordId(), draft.recordMember(), draft.clientAddress(), head.hash(), hash);
    }

    /** Walks the whole chain through the given connection's view of it; call inside a transaction. */
    public ChainVerification verify() {
        return verify(jdbc, hasher);
    }

    /** The walk itself, on any connection: the tamper tests run it inside a transaction they roll back. */
    public static ChainVerification verify(JdbcClient jdbc, ChainHasher hasher) {
        ChainWalk walk = new ChainWalk(hasher);
        long after = 0;
        while (true) {
            List<AuditEntry> page = jdbc.sql("SELECT * FROM audit_entry WHERE sequence > :after ORDER BY sequence LIMIT " + PAGE)
                    .param("after", after).query(AuditChainStore::entry).list();
            for (AuditEntry entry : page) {
                if (!walk.accept(entry)) {
                    return walk.finish(0, "");
                }
                after = entry.sequence();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Head head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        return walk.finish(head.sequence(), head.hash());
    }

    public static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_member"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("record_member"),
                rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private record Head(long sequence, String hash) {}
}
