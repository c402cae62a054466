package org.acogida.protection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.protection.ClaimStatus;
import org.acogida.protection.NonRefoulementMark;
import org.springframework.stereotype.Repository;

/**
 * Claims, their steps and the non-refoulement marks they place, for the current member. The
 * details and notes are ciphertext here (ClaimCipher); this class never sees them in clear.
 */
@Repository
public class ClaimRecords {

    public record Claim(UUID id, UUID caseId, String fearedCountry, ClaimStatus status, byte[] details, UUID recordedBy, String recordedByName,
                        Instant recordedAt, int version) {}

    public record Step(UUID id, UUID claimId, ClaimStatus status, byte[] note, String takenByName, Instant takenAt) {}

    private final ScopedJdbc jdbc;

    ClaimRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Claim c) {
        jdbc.sql("""
                        INSERT INTO protection_claim (id, member_state, case_id, feared_country, status, details, recorded_by, recorded_at, version)
                        VALUES (:id, :member, :case, :country, :status, :details, :by, :at, 0)""")
                .param("id", c.id()).param("case", c.caseId()).param("country", c.fearedCountry()).param("status", c.status().name())
                .param("details", c.details()).param("by", c.recordedBy()).param("at", Timestamp.from(c.recordedAt())).update();
    }

    public void insertStep(UUID claimId, ClaimStatus status, byte[] note, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO protection_claim_step (id, claim_id, member_state, status, note, taken_by, taken_at)
                        VALUES (:id, :claim, :member, :status, :note, :by, :at)""")
                .param("id", UUID.randomUUID()).param("claim", claimId).param("status", status.name()).param("note", note).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Moves the claim to a status if it is still at the version the officer saw; false otherwise. */
    public boolean setStatus(UUID claimId, ClaimStatus status, int seenVersion) {
        return jdbc.sql("""
                        UPDATE protection_claim SET status = :status, version = version + 1
                        WHERE id = :id AND version = :version AND member_state = :member""")
                .param("status", status.name()).param("id", claimId).param("version", seenVersion).update() == 1;
    }

    public Optional<Claim> find(UUID claimId) {
        return jdbc.sql(CLAIMS + " WHERE c.id = :id AND c.member_state = :member").param("id", claimId).query(ClaimRecords::claim).optional();
    }

    public List<Claim> ofCase(UUID caseId) {
        return jdbc.sql(CLAIMS + " WHERE c.case_id = :case AND c.member_state = :member ORDER BY c.recorded_at").param("case", caseId)
                .query(ClaimRecords::claim).list();
    }

    public List<Step> steps(UUID claimId) {
        return jdbc.sql("""
                        SELECT s.id, s.claim_id, s.status, s.note, u.display_name, s.taken_at FROM protection_claim_step s
                        LEFT JOIN app_user u ON u.id = s.taken_by WHERE s.claim_id = :claim AND s.member_state = :member ORDER BY s.taken_at""")
                .param("claim", claimId)
                .query((rs, n) -> new Step(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), ClaimStatus.valueOf(rs.getString(3)),
                        rs.getBytes(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Marks the case against return to the country, once: a second claim on the same country adds nothing. */
    public boolean markIfAbsent(UUID caseId, String country, UUID claimId, Instant since) {
        return jdbc.sql("""
                        INSERT INTO non_refoulement (case_id, country, member_state, claim_id, since)
                        SELECT :case, :country, :member, :claim, :since
                        WHERE NOT EXISTS (SELECT 1 FROM non_refoulement WHERE case_id = :case AND country = :country)""")
                .param("case", caseId).param("country", country).param("claim", claimId).param("since", Timestamp.from(since)).update() == 1;
    }

    /** A mark that came with a transferred case: no claim here, the member and the share it came with instead. */
    public boolean carryIfAbsent(UUID caseId, String country, String from, String shareReference, Instant since) {
        return jdbc.sql("""
                        INSERT INTO non_refoulement (case_id, country, member_state, claim_id, carried_from, carried_with, since)
                        SELECT :case, :country, :member, NULL, :from, :with, :since
                        WHERE NOT EXISTS (SELECT 1 FROM non_refoulement WHERE case_id = :case AND country = :country)""")
                .param("case", caseId).param("country", country).param("from", from).param("with", shareReference)
                .param("since", Timestamp.from(since)).update() == 1;
    }

    public List<NonRefoulementMark> marks(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT case_id, country, claim_id, since FROM non_refoulement WHERE case_id IN (:cases) AND member_state = :member ORDER BY since")
                .param("cases", caseIds)
                .query((rs, n) -> new NonRefoulementMark(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static final String CLAIMS = """
            SELECT c.id, c.case_id, c.feared_country, c.status, c.details, c.recorded_by, u.display_name, c.recorded_at, c.version
            FROM protection_claim c LEFT JOIN app_user u ON u.id = c.recorded_by""";

    private static Claim claim(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), ClaimStatus.valueOf(rs.getString(4)),
                rs.getBytes(5), rs.getObject(6, UUID.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getInt(9));
    }
}
