package org.acogida.documents.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.documents.DocumentKind;
import org.acogida.documents.IssuedDocument;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The current member's issued documents. */
@Repository
public class DocumentRecords {

    private final ScopedJdbc jdbc;

    DocumentRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(IssuedDocument d, UUID issuedBy) {
        jdbc.sql("""
                        INSERT INTO issued_document (id, member_state, case_id, kind, number, status, valid_from, valid_until, extensions, token,
                                                     language, issued_by, issued_at, version)
                        VALUES (:id, :member, :case, :kind, :number, 'ACTIVE', :from, :until, 0, :token, :language, :by, :at, 0)""")
                .param("id", d.id()).param("case", d.caseId()).param("kind", d.kind().name()).param("number", d.number())
                .param("from", Date.valueOf(d.validFrom())).param("until", Date.valueOf(d.validUntil())).param("token", d.token())
                .param("language", d.language()).param("by", issuedBy).param("at", Timestamp.from(d.issuedAt())).update();
    }

    /** Extends an active document if it is still at the version the officer saw; false otherwise. */
    public boolean extend(UUID id, int seenVersion, LocalDate until, String token) {
        return jdbc.sql("""
                        UPDATE issued_document SET valid_until = :until, extensions = extensions + 1, token = :token, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'ACTIVE' AND member_state = :member""")
                .param("until", Date.valueOf(until)).param("token", token).param("id", id).param("version", seenVersion).update() == 1;
    }

    public boolean revoke(UUID id, int seenVersion, IssuedDocument.RevocationReason reason, Instant at) {
        return jdbc.sql("""
                        UPDATE issued_document SET status = 'REVOKED', revoked_at = :at, revoked_reason = :reason, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'ACTIVE' AND member_state = :member""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("id", id).param("version", seenVersion).update() == 1;
    }

    public Optional<IssuedDocument> find(UUID id) {
        return jdbc.sql("SELECT * FROM issued_document WHERE id = :id AND member_state = :member").param("id", id)
                .query(DocumentRecords::document).optional();
    }

    public List<IssuedDocument> ofCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM issued_document WHERE case_id = :case AND member_state = :member ORDER BY issued_at DESC")
                .param("case", caseId).query(DocumentRecords::document).list();
    }

    public List<IssuedDocument> ofKind(UUID caseId, DocumentKind kind) {
        return jdbc.sql("SELECT * FROM issued_document WHERE case_id = :case AND kind = :kind AND member_state = :member ORDER BY issued_at DESC")
                .param("case", caseId).param("kind", kind.name()).query(DocumentRecords::document).list();
    }

    /** Active documents whose last day is in [from, to], soonest first. */
    public List<IssuedDocument> expiringBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM issued_document WHERE member_state = :member AND status = 'ACTIVE' AND valid_until >= :from AND valid_until <= :to
                        ORDER BY valid_until, number""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(DocumentRecords::document).list();
    }

    static IssuedDocument document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        String reason = rs.getString("revoked_reason");
        return new IssuedDocument(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("number"), IssuedDocument.Status.valueOf(rs.getString("status")), rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), rs.getInt("extensions"), rs.getString("token"), rs.getString("language"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant(),
                reason == null ? null : IssuedDocument.RevocationReason.valueOf(reason), rs.getInt("version"));
    }
}
