package org.acogida.documents.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.acogida.documents.verify.TrustList;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public trust list's two facts about every member: its public signing keys and the ids of
 * the documents it revoked. Nothing else of any member's records is read here.
 */
@Repository
@CrossMemberAccess("the public trust list: every member's public keys and the ids of revoked documents, for checkpoints")
public class TrustListRecords {

    private final JdbcClient jdbc;

    TrustListRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrustList.Key> keys() {
        return jdbc.sql("SELECT key_id, member_state, algorithm, public_key FROM signing_key ORDER BY member_state, created_at")
                .query((rs, n) -> new TrustList.Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public List<TrustList.Revocation> revoked() {
        return jdbc.sql("SELECT id, revoked_at FROM issued_document WHERE status = 'REVOKED' ORDER BY revoked_at")
                .query((rs, n) -> new TrustList.Revocation(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant())).list();
    }

    /** Whether this document is revoked, whichever member issued it: what the public verification page asks. */
    public boolean isRevoked(UUID documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_document WHERE id = :id AND status = 'REVOKED'").param("id", documentId)
                .query(Integer.class).single() > 0;
    }
}
