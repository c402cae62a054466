package org.acogida.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Traces;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.sharing.IncomingShare;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.PlacementDisclosure;
import org.acogida.sharing.PlacementProfile;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.Relationship;
import org.acogida.sharing.ShareStatus;
import org.acogida.sharing.Sought;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The current member's shares: those it offered (outgoing) and those offered to it (incoming). */
@Repository
public class ShareRecords {

    private final ScopedJdbc jdbc;
    private final JsonMapper json;

    ShareRecords(ScopedJdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An offer as its sender keeps it: the profile offered, or for tracing (no profile) the person sought. */
    public void insertOutgoing(UUID id, UUID caseId, UUID consentId, Purpose purpose, String recipient, String reference, PlacementProfile profile,
                               Sought sought, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO outgoing_share (id, member_state, case_id, consent_id, purpose, recipient, reference, status, profile, sought,
                                                    offered_by, offered_at, version)
                        VALUES (:id, :member, :case, :consent, :purpose, :recipient, :reference, 'OFFERED', :profile, :sought, :by, :at, 0)""")
                .param("id", id).param("case", caseId).param("consent", consentId).param("purpose", purpose.name()).param("recipient", recipient)
                .param("reference", reference).param("profile", profile == null ? null : json.writeValueAsString(profile))
                .param("sought", sought == null ? null : json.writeValueAsString(sought)).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** A tracing request's answer arrived; only the first answer counts. */
    public boolean answered(UUID id, String recipient, Traces.Level match) {
        return jdbc.sql("""
                        UPDATE outgoing_share SET match_found = :match, version = version + 1
                        WHERE id = :id AND recipient = :recipient AND purpose = 'TRACING' AND match_found IS NULL AND member_state = :member""")
                .param("match", match.name()).param("id", id).param("recipient", recipient).update() == 1;
    }

    /** This member's coordinator agrees to connect a tracing request's two cases: once, while it is not settled otherwise. */
    public boolean agree(UUID id, int version, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE outgoing_share SET agreed_by = :by, agreed_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND purpose = 'TRACING' AND match_found IN ('YES', 'POSSIBLE') AND agreed_at IS NULL
                              AND status IN ('OFFERED', 'ACCEPTED') AND member_state = :member""")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    /** Who the other member found, once both coordinators agreed. */
    public boolean found(UUID id, String recipient, PlacementDisclosure found) {
        return jdbc.sql("""
                        UPDATE outgoing_share SET found = :found, version = version + 1
                        WHERE id = :id AND recipient = :recipient AND purpose = 'TRACING' AND status = 'ACCEPTED' AND agreed_at IS NOT NULL
                              AND member_state = :member""")
                .param("found", json.writeValueAsString(found)).param("id", id).param("recipient", recipient).update() == 1;
    }

    public Optional<OutgoingShare> outgoing(UUID id) {
        return jdbc.sql(OUTGOING + " WHERE s.id = :id AND s.member_state = :member").param("id", id).query(this::outgoingShare).optional();
    }

    public List<OutgoingShare> outgoingOfCase(UUID caseId) {
        return jdbc.sql(OUTGOING + " WHERE s.case_id = :case AND s.member_state = :member ORDER BY s.offered_at DESC").param("case", caseId)
                .query(this::outgoingShare).list();
    }

    public List<OutgoingShare> outgoingOfConsent(UUID consentId) {
        return jdbc.sql(OUTGOING + " WHERE s.consent_id = :consent AND s.member_state = :member").param("consent", consentId)
                .query(this::outgoingShare).list();
    }

    public List<OutgoingShare> outgoing(int limit) {
        return jdbc.sql(OUTGOING + " WHERE s.member_state = :member ORDER BY s.offered_at DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit)
                .query(this::outgoingShare).list();
    }

    /** Moves an outgoing share from one status to another, once; false if it was not in {@code from}. */
    public boolean settleOutgoing(UUID id, ShareStatus from, ShareStatus to, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE outgoing_share SET status = :to, decision_reason = :reason, decided_at = :at, version = version + 1,
                               found = CASE WHEN :to = 'REVOKED' THEN NULL ELSE found END
                        WHERE id = :id AND status = :from AND member_state = :member""")
                .param("to", to.name()).param("reason", reason).param("at", Timestamp.from(at)).param("id", id).param("from", from.name())
                .update() == 1;
    }

    /**
     * An offer received: its profile, or for tracing the relationship and the outcome of this
     * member's search (the person sought is not kept).
     */
    public void insertIncoming(UUID id, String sender, Purpose purpose, String reference, PlacementProfile profile, Relationship relationship,
                               Traces.Traced traced, Instant at) {
        jdbc.sql("""
                        INSERT INTO incoming_share (id, member_state, sender, purpose, reference, status, profile, relationship, match_found,
                                                    matched_case_id, received_at, version)
                        VALUES (:id, :member, :sender, :purpose, :reference, 'OFFERED', :profile, :relationship, :match, :matched, :at, 0)""")
                .param("id", id).param("sender", sender).param("purpose", purpose.name()).param("reference", reference)
                .param("profile", profile == null ? null : json.writeValueAsString(profile))
                .param("relationship", relationship == null ? null : relationship.name())
                .param("match", traced == null ? null : traced.level().name()).param("matched", traced == null ? null : traced.caseId())
                .param("at", Timestamp.from(at)).update();
    }

    /** The coordinator who accepted the share. */
    public UUID decidedBy(UUID id) {
        return jdbc.sql("SELECT decided_by FROM incoming_share WHERE id = :id AND member_state = :member").param("id", id).query(UUID.class)
                .single();
    }

    /** Where the coordinator expects a transferred person, chosen when accepting. */
    public void expectAt(UUID id, String arrivalPoint) {
        jdbc.sql("UPDATE incoming_share SET arrival_point = :point WHERE id = :id AND member_state = :member").param("point", arrivalPoint)
                .param("id", id).update();
    }

    /** A transfer's record arrived and opened this case; once, and only for a transfer still accepted. */
    public boolean opened(UUID id, String sender, UUID caseId) {
        return jdbc.sql("""
                        UPDATE incoming_share SET opened_case_id = :case, version = version + 1
                        WHERE id = :id AND sender = :sender AND purpose = 'TRANSFER' AND status = 'ACCEPTED' AND opened_case_id IS NULL
                              AND member_state = :member""")
                .param("case", caseId).param("id", id).param("sender", sender).update() == 1;
    }

    /** The asking member's coordinator agreed to connect; once. */
    public boolean senderAgreed(UUID id, String sender, Instant at) {
        return jdbc.sql("""
                        UPDATE incoming_share SET sender_agreed_at = :at, version = version + 1
                        WHERE id = :id AND sender = :sender AND purpose = 'TRACING' AND sender_agreed_at IS NULL AND status IN ('OFFERED', 'ACCEPTED')
                              AND member_state = :member""")
                .param("at", Timestamp.from(at)).param("id", id).param("sender", sender).update() == 1;
    }

    public Optional<IncomingShare> incoming(UUID id) {
        return jdbc.sql(INCOMING + " WHERE s.id = :id AND s.member_state = :member").param("id", id).query(this::incomingShare).optional();
    }

    public List<IncomingShare> incoming(int limit) {
        return jdbc.sql(INCOMING + " WHERE s.member_state = :member ORDER BY s.received_at DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit)
                .query(this::incomingShare).list();
    }

    /** The coordinator's decision, if the share is still offered and at the version they saw. */
    public boolean decideIncoming(UUID id, int version, ShareStatus to, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE incoming_share SET status = :to, decision_reason = :reason, decided_by = :by, decided_at = :at,
                               version = version + 1
                        WHERE id = :id AND status = 'OFFERED' AND version = :version AND member_state = :member""")
                .param("to", to.name()).param("reason", reason).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version).update() == 1;
    }

    /** What the purpose reveals, arrived after acceptance; only for a share still accepted. */
    public boolean disclose(UUID id, String sender, PlacementDisclosure disclosure) {
        return jdbc.sql("""
                        UPDATE incoming_share SET disclosure = :disclosure, version = version + 1
                        WHERE id = :id AND sender = :sender AND status = 'ACCEPTED' AND member_state = :member""")
                .param("disclosure", json.writeValueAsString(disclosure)).param("id", id).param("sender", sender).update() == 1;
    }

    /** The share is revoked: the profile and anything disclosed are erased, the record that it existed stays. */
    public boolean revokeIncoming(UUID id, String sender, Instant at) {
        return jdbc.sql("""
                        UPDATE incoming_share SET status = 'REVOKED', profile = NULL, disclosure = NULL, decided_at = COALESCE(decided_at, :at),
                               match_found = NULL, matched_case_id = NULL, version = version + 1
                        WHERE id = :id AND sender = :sender AND status <> 'REVOKED' AND opened_case_id IS NULL AND member_state = :member""")
                .param("at", Timestamp.from(at)).param("id", id).param("sender", sender).update() == 1;
    }

    private static final String OUTGOING = "SELECT s.*, u.display_name FROM outgoing_share s LEFT JOIN app_user u ON u.id = s.offered_by";
    private static final String INCOMING = "SELECT s.*, u.display_name FROM incoming_share s LEFT JOIN app_user u ON u.id = s.decided_by";

    private OutgoingShare outgoingShare(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new OutgoingShare(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("consent_id", UUID.class),
                Purpose.valueOf(rs.getString("purpose")), rs.getString("recipient"), rs.getString("reference"),
                ShareStatus.valueOf(rs.getString("status")), read(rs.getString("profile"), PlacementProfile.class),
                rs.getString("display_name"), rs.getObject("offered_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decision_reason"), rs.getInt("version"),
                read(rs.getString("sought"), Sought.class), level(rs.getString("match_found")), instant(rs, "agreed_at"),
                read(rs.getString("found"), PlacementDisclosure.class));
    }

    private IncomingShare incomingShare(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        String profile = rs.getString("profile");
        String disclosure = rs.getString("disclosure");
        return new IncomingShare(rs.getObject("id", UUID.class), rs.getString("sender"), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("reference"), ShareStatus.valueOf(rs.getString("status")),
                profile == null ? null : json.readValue(profile, PlacementProfile.class),
                disclosure == null ? null : json.readValue(disclosure, PlacementDisclosure.class),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("display_name"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_reason"), rs.getInt("version"),
                rs.getObject("opened_case_id", UUID.class), rs.getString("arrival_point"),
                rs.getString("relationship") == null ? null : Relationship.valueOf(rs.getString("relationship")), level(rs.getString("match_found")),
                rs.getObject("matched_case_id", UUID.class), instant(rs, "sender_agreed_at"));
    }

    private <T> T read(String stored, Class<T> type) {
        return stored == null ? null : json.readValue(stored, type);
    }

    private static Traces.Level level(String stored) {
        return stored == null ? null : Traces.Level.valueOf(stored);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
