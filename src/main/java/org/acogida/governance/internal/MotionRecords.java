package org.acogida.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.governance.AdoptedVersion;
import org.acogida.governance.Motion;
import org.acogida.governance.MotionKind;
import org.acogida.governance.MotionStatus;
import org.acogida.governance.Vote;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Motions, votes and adopted versions: coalition-wide records every member reads; the façade decides who may write. */
@Repository
@CrossMemberAccess("Coalition-wide records: motions, votes and adopted versions are every member's to read.")
public class MotionRecords {

    private final JdbcClient jdbc;

    MotionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Motion motion) {
        jdbc.sql("""
                        INSERT INTO motion (id, kind, title, subject, proposal, proposed_by, quorum_percent, majority_percent, status, opened_at, version)
                        VALUES (:id, :kind, :title, :subject, :proposal, :by, :quorum, :majority, :status, :at, 0)""")
                .param("id", motion.id()).param("kind", motion.kind().name()).param("title", motion.title()).param("subject", motion.subject())
                .param("proposal", motion.proposal()).param("by", motion.proposedBy()).param("quorum", motion.quorumPercent())
                .param("majority", motion.majorityPercent()).param("status", MotionStatus.OPEN.name())
                .param("at", Timestamp.from(motion.openedAt())).update();
    }

    public Optional<Motion> find(UUID id) {
        return jdbc.sql("SELECT * FROM motion WHERE id = :id").param("id", id).query(MotionRecords::motion).optional();
    }

    public List<Motion> all() {
        return jdbc.sql("SELECT * FROM motion ORDER BY opened_at DESC, id").query(MotionRecords::motion).list();
    }

    public boolean anyWith(MotionKind kind, String subject, MotionStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM motion WHERE kind = :kind AND subject = :subject AND status = :status")
                .param("kind", kind.name()).param("subject", subject).param("status", status.name()).query(Long.class).single() > 0;
    }

    /** Casts a member's vote once; false if the member had already voted (the key refuses a second one, even in a race). */
    public boolean vote(UUID motionId, String memberState, VoteChoice choice, UUID by, Instant now) {
        boolean voted = jdbc.sql("SELECT COUNT(*) FROM motion_vote WHERE motion_id = :id AND member_state = :m")
                .param("id", motionId).param("m", memberState).query(Long.class).single() > 0;
        if (voted) {
            return false;
        }
        jdbc.sql("INSERT INTO motion_vote (motion_id, member_state, choice, voted_by, voted_at) VALUES (:id, :m, :choice, :by, :at)")
                .param("id", motionId).param("m", memberState).param("choice", choice.name()).param("by", by).param("at", Timestamp.from(now))
                .update();
        return true;
    }

    public List<Vote> votes(UUID motionId) {
        return jdbc.sql("SELECT * FROM motion_vote WHERE motion_id = :id ORDER BY voted_at, member_state").param("id", motionId)
                .query((rs, n) -> new Vote(rs.getObject("motion_id", UUID.class), rs.getString("member_state"),
                        VoteChoice.valueOf(rs.getString("choice")), rs.getObject("voted_by", UUID.class),
                        rs.getObject("voted_at", OffsetDateTime.class).toInstant())).list();
    }

    /** Closes an open motion with its result; false if someone closed it first. */
    public boolean close(UUID motionId, MotionStatus status, int expectedVersion, Instant now) {
        return jdbc.sql("""
                        UPDATE motion SET status = :status, closed_at = :at, version = version + 1
                        WHERE id = :id AND status = 'OPEN' AND version = :version""")
                .param("status", status.name()).param("at", Timestamp.from(now)).param("id", motionId).param("version", expectedVersion)
                .update() == 1;
    }

    /** Adopts the content as the next version of its kind; the key (kind, version) refuses two adoptions of one version. */
    public int adopt(MotionKind kind, String content, UUID motionId, Instant now) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM adopted_version WHERE kind = :kind").param("kind", kind.name())
                .query(Integer.class).single();
        jdbc.sql("INSERT INTO adopted_version (kind, version, content, motion_id, adopted_at) VALUES (:kind, :v, :content, :motion, :at)")
                .param("kind", kind.name()).param("v", version).param("content", content).param("motion", motionId)
                .param("at", Timestamp.from(now)).update();
        return version;
    }

    public Optional<AdoptedVersion> currentVersion(MotionKind kind) {
        return jdbc.sql("SELECT * FROM adopted_version WHERE kind = :kind ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param("kind", kind.name()).query(MotionRecords::adopted).optional();
    }

    public List<AdoptedVersion> versions(MotionKind kind) {
        return jdbc.sql("SELECT * FROM adopted_version WHERE kind = :kind ORDER BY version DESC").param("kind", kind.name())
                .query(MotionRecords::adopted).list();
    }

    private static AdoptedVersion adopted(ResultSet rs, int row) throws SQLException {
        return new AdoptedVersion(MotionKind.valueOf(rs.getString("kind")), rs.getInt("version"), rs.getString("content"),
                rs.getObject("adopted_at", OffsetDateTime.class).toInstant(), rs.getObject("motion_id", UUID.class));
    }

    private static Motion motion(ResultSet rs, int row) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Motion(rs.getObject("id", UUID.class), MotionKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("subject"), rs.getString("proposal"), rs.getString("proposed_by"), rs.getInt("quorum_percent"),
                rs.getInt("majority_percent"), MotionStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), closed == null ? null : closed.toInstant(), rs.getInt("version"));
    }
}
