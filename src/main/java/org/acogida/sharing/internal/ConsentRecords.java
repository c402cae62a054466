package org.acogida.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.sharing.Consent;
import org.acogida.sharing.ConsentMethod;
import org.acogida.sharing.Purpose;
import org.springframework.stereotype.Repository;

/** The consents recorded for the current member's cases. */
@Repository
public class ConsentRecords {

    private final ScopedJdbc jdbc;

    ConsentRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID caseId, Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis,
                       String witness, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO consent (id, member_state, case_id, purpose, recipient, method, language, legal_basis, witness, recorded_by,
                                             recorded_at)
                        VALUES (:id, :member, :case, :purpose, :recipient, :method, :language, :basis, :witness, :by, :at)""")
                .param("id", id).param("case", caseId).param("purpose", purpose.name()).param("recipient", recipient)
                .param("method", method.name()).param("language", language).param("basis", legalBasis).param("witness", witness).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<Consent> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND c.member_state = :member").param("id", id).query(ConsentRecords::consent).optional();
    }

    public List<Consent> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " WHERE c.case_id = :case AND c.member_state = :member ORDER BY c.recorded_at DESC").param("case", caseId)
                .query(ConsentRecords::consent).list();
    }

    /**
     * Whether the consent was withdrawn, holding the consent's row until the transaction ends: a
     * decision that reads it this way and a withdrawal (which updates that row) take turns, so a
     * withdrawal is never missed by an acceptance that crosses it.
     */
    public boolean withdrawnLocked(UUID id) {
        return jdbc.sql("SELECT withdrawn_at FROM consent WHERE id = :id AND member_state = :member FOR UPDATE").param("id", id)
                .query((rs, n) -> rs.getObject(1) != null).optional().orElse(true);
    }

    /** Records the withdrawal once; false if it was withdrawn already. */
    public boolean withdraw(UUID id, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE consent SET withdrawn_by = :by, withdrawn_at = :at
                        WHERE id = :id AND withdrawn_at IS NULL AND member_state = :member""")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static final String SELECT = """
            SELECT c.*, u.display_name FROM consent c LEFT JOIN app_user u ON u.id = c.recorded_by""";

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("recipient"), ConsentMethod.valueOf(rs.getString("method")), rs.getString("language"),
                rs.getString("legal_basis"), rs.getString("witness"), rs.getString("display_name"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
