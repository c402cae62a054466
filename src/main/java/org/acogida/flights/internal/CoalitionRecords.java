package org.acogida.flights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the coalition shares: the protocol and its versions, motions and votes, every member's
 * policy and capacities (each member reads them all; only its own coordinator changes its own, a
 * rule the facades enforce), and the few cross-member facts the rules need, as yes/no answers and
 * counts, never as another member's records.
 */
@Repository
@CrossMemberAccess("Coalition-wide records (protocol, motions, votes, policies) and yes/no or count answers across members.")
public class CoalitionRecords {

    public record ProtocolVersion(int version, ProtocolParameters parameters, Instant adoptedAt, UUID motionId) {}

    public record Motion(UUID id, String kind, String title, ProtocolParameters proposedParameters, String sendingAuthority,
                         String missionNumber, String diversionMember, String proposedBy, int quorumPercent, int majorityPercent,
                         String status, Instant openedAt, Instant closedAt, int version) {}

    public record Vote(UUID motionId, String memberState, String choice, UUID votedBy, Instant votedAt) {}

    public record Breaches(String sendingAuthority, String rule, long count) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CoalitionRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ProtocolVersion> currentProtocol() {
        return jdbc.sql("SELECT * FROM protocol_version ORDER BY version DESC LIMIT 1").query(this::protocol).optional();
    }

    public List<ProtocolVersion> protocolVersions() {
        return jdbc.sql("SELECT * FROM protocol_version ORDER BY version DESC").query(this::protocol).list();
    }

    public int adoptProtocol(ProtocolParameters parameters, UUID motionId, Instant now) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM protocol_version").query(Integer.class).single();
        jdbc.sql("INSERT INTO protocol_version (version, parameters, adopted_at, motion_id) VALUES (:v, :p, :at, :motion)")
                .param("v", version).param("p", json.writeValueAsString(parameters)).param("at", Timestamp.from(now))
                .param("motion", motionId).update();
        return version;
    }

    public MemberPolicy policy(String memberState) {
        return jdbc.sql("SELECT * FROM member_policy WHERE member_state = :m").param("m", memberState).query(CoalitionRecords::policy)
                .optional().orElse(MemberPolicy.initial(memberState));
    }

    public List<MemberPolicy> policies() {
        return jdbc.sql("SELECT * FROM member_policy ORDER BY member_state").query(CoalitionRecords::policy).list();
    }

    /** Saves a member's policy if nobody changed it since {@code expectedVersion}; returns the new version, or -1. */
    public int savePolicy(MemberPolicy policy, int expectedVersion, Instant now) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM member_policy WHERE member_state = :m").param("m", policy.memberState())
                .query(Long.class).single() > 0;
        String allowed = String.join(",", policy.allowedNationalities());
        if (!exists) {
            if (expectedVersion != 0) {
                return -1;
            }
            jdbc.sql("""
                            INSERT INTO member_policy (member_state, nationals, nationals_conditions, non_nationals, non_national_monthly_quota,
                                                       humanitarian_pathway, allowed_nationalities, version, updated_at)
                            VALUES (:m, :nationals, :conditions, :nonNationals, :quota, :pathway, :allowed, 1, :now)""")
                    .param("m", policy.memberState()).param("nationals", policy.nationals().name())
                    .param("conditions", policy.nationalsConditions()).param("nonNationals", policy.nonNationals().name())
                    .param("quota", policy.nonNationalMonthlyQuota()).param("pathway", policy.humanitarianPathway())
                    .param("allowed", allowed).param("now", Timestamp.from(now)).update();
            return 1;
        }
        int updated = jdbc.sql("""
                        UPDATE member_policy SET nationals = :nationals, nationals_conditions = :conditions, non_nationals = :nonNationals,
                               non_national_monthly_quota = :quota, humanitarian_pathway = :pathway, allowed_nationalities = :allowed,
                               version = version + 1, updated_at = :now
                        WHERE member_state = :m AND version = :expected""")
                .param("m", policy.memberState()).param("nationals", policy.nationals().name())
                .param("conditions", policy.nationalsConditions()).param("nonNationals", policy.nonNationals().name())
                .param("quota", policy.nonNationalMonthlyQuota()).param("pathway", policy.humanitarianPathway())
                .param("allowed", allowed).param("now", Timestamp.from(now)).param("expected", expectedVersion).update();
        return updated == 1 ? expectedVersion + 1 : -1;
    }

    public Optional<FlightFacts.ArrivalCapacity> capacity(String memberState, String arrivalPoint) {
        return jdbc.sql("SELECT * FROM arrival_capacity WHERE member_state = :m AND arrival_point = :p")
                .param("m", memberState).param("p", arrivalPoint)
                .query((rs, n) -> new FlightFacts.ArrivalCapacity(rs.getInt("persons_per_day"), rs.getInt("persons_per_week"),
                        rs.getBoolean("child_protection_officer"))).optional();
    }

    public Map<String, FlightFacts.ArrivalCapacity> capacities(String memberState) {
        Map<String, FlightFacts.ArrivalCapacity> capacities = new java.util.TreeMap<>();
        jdbc.sql("SELECT * FROM arrival_capacity WHERE member_state = :m").param("m", memberState).query((RowCallbackHandler) rs -> {
            capacities.put(rs.getString("arrival_point"), new FlightFacts.ArrivalCapacity(rs.getInt("persons_per_day"),
                    rs.getInt("persons_per_week"), rs.getBoolean("child_protection_officer")));
        });
        return capacities;
    }

    public void saveCapacity(String memberState, String arrivalPoint, FlightFacts.ArrivalCapacity capacity) {
        int updated = jdbc.sql("""
                        UPDATE arrival_capacity SET persons_per_day = :day, persons_per_week = :week, child_protection_officer = :officer
                        WHERE member_state = :m AND arrival_point = :p""")
                .param("day", capacity.personsPerDay()).param("week", capacity.personsPerWeek())
                .param("officer", capacity.childProtectionOfficer()).param("m", memberState).param("p", arrivalPoint).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO arrival_capacity (member_state, arrival_point, persons_per_day, persons_per_week, child_protection_officer)
                            VALUES (:m, :p, :day, :week, :officer)""")
                    .param("m", memberState).param("p", arrivalPoint).param("day", capacity.personsPerDay())
                    .param("week", capacity.personsPerWeek()).param("officer", capacity.childProtectionOfficer()).update();
        }
    }

    /**
     * Whether another member refused this mission under the protocol and that refusal stands: the
     * only thing about another member's flight the no-diversion rule needs, as a yes or no.
     */
    public boolean refusedUnderProtocolElsewhere(String sendingAuthority, String missionNumber, String memberState) {
        // A database function answers across members (PostgreSQL: SECURITY DEFINER, beyond row-level security).
        return jdbc.sql("SELECT acogida_refused_elsewhere(:authority, :mission, :m)")
                .param("authority", sendingAuthority).param("mission", missionNumber).param("m", memberState)
                .query(Boolean.class).single();
    }

    public boolean diversionApproved(String sendingAuthority, String missionNumber, String memberState) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM motion WHERE kind = 'DIVERSION' AND status = 'ADOPTED'
                          AND sending_authority = :authority AND mission_number = :mission AND diversion_member = :m""")
                .param("authority", sendingAuthority).param("mission", missionNumber).param("m", memberState)
                .query(Long.class).single() > 0;
    }

    public void insertMotion(Motion motion) {
        jdbc.sql("""
                        INSERT INTO motion (id, kind, title, proposed_parameters, sending_authority, mission_number, diversion_member,
                                            proposed_by, quorum_percent, majority_percent, status, opened_at, version)
                        VALUES (:id, :kind, :title, :parameters, :authority, :mission, :diversion, :by, :quorum, :majority, 'OPEN', :at, 0)""")
                .param("id", motion.id()).param("kind", motion.kind()).param("title", motion.title())
                .param("parameters", motion.proposedParameters() == null ? null : json.writeValueAsString(motion.proposedParameters()))
                .param("authority", motion.sendingAuthority()).param("mission", motion.missionNumber())
                .param("diversion", motion.diversionMember()).param("by", motion.proposedBy()).param("quorum", motion.quorumPercent())
                .param("majority", motion.majorityPercent()).param("at", Timestamp.from(motion.openedAt())).update();
    }

    public Optional<Motion> motion(UUID id) {
        return jdbc.sql("SELECT * FROM motion WHERE id = :id").param("id", id).query(this::motionRow).optional();
    }

    public List<Motion> motions() {
        return jdbc.sql("SELECT * FROM motion ORDER BY opened_at DESC").query(this::motionRow).list();
    }

    /** Casts a member's vote once; returns false if the member had already voted. */
    public boolean vote(UUID motionId, String memberState, String choice, UUID by, Instant now) {
        boolean voted = jdbc.sql("SELECT COUNT(*) FROM motion_vote WHERE motion_id = :id AND member_state = :m")
                .param("id", motionId).param("m", memberState).query(Long.class).single() > 0;
        if (voted) {
            return false;
        }
        jdbc.sql("INSERT INTO motion_vote (motion_id, member_state, choice, voted_by, voted_at) VALUES (:id, :m, :choice, :by, :at)")
                .param("id", motionId).param("m", memberState).param("choice", choice).param("by", by).param("at", Timestamp.from(now))
                .update();
        return true;
    }

    public List<Vote> votes(UUID motionId) {
        return jdbc.sql("SELECT * FROM motion_vote WHERE motion_id = :id ORDER BY voted_at").param("id", motionId)
                .query((rs, n) -> new Vote(rs.getObject("motion_id", UUID.class), rs.getString("member_state"), rs.getString("choice"),
                        rs.getObject("voted_by", UUID.class), rs.getObject("voted_at", OffsetDateTime.class).toInstant())).list();
    }

    /** Closes an open motion with its result; false if someone closed it first. */
    public boolean close(UUID motionId, String status, int expectedVersion, Instant now) {
        return jdbc.sql("""
                        UPDATE motion SET status = :status, closed_at = :at, version = version + 1
                        WHERE id = :id AND status = 'OPEN' AND version = :version""")
                .param("status", status).param("at", Timestamp.from(now)).param("id", motionId).param("version", expectedVersion)
                .update() == 1;
    }

    public int memberCount() {
        return jdbc.sql("SELECT COUNT(*) FROM member_state").query(Integer.class).single();
    }

    /** Breaches per sending authority and protocol rule, across the coalition: counts only. Run as a system task. */
    public List<Breaches> breaches() {
        return jdbc.sql("""
                        SELECT f.sending_authority, i.breached_rule, COUNT(*) AS n FROM incident i JOIN flight f ON f.id = i.flight_id
                        WHERE i.breached_rule IS NOT NULL GROUP BY f.sending_authority, i.breached_rule
                        ORDER BY f.sending_authority, n DESC""")
                .query((rs, n) -> new Breaches(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Non-nationals each member has already taken in [from, to), by member: counts only. Run as a system task. */
    public Map<String, Integer> nonNationalsAccepted(Instant from, Instant to) {
        Map<String, Integer> taken = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT f.member_state, COALESCE(SUM(COALESCE(f.manifest_non_nationals, 0)), 0) FROM flight f
                        WHERE f.scheduled_arrival >= :from AND f.scheduled_arrival < :to
                          AND NOT f.refused
                        GROUP BY f.member_state""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((RowCallbackHandler) rs -> {
                    taken.put(rs.getString(1), rs.getInt(2));
                });
        return taken;
    }

    private ProtocolVersion protocol(ResultSet rs, int row) throws SQLException {
        return new ProtocolVersion(rs.getInt("version"), json.readValue(rs.getString("parameters"), ProtocolParameters.class),
                rs.getObject("adopted_at", OffsetDateTime.class).toInstant(), rs.getObject("motion_id", UUID.class));
    }

    private Motion motionRow(ResultSet rs, int row) throws SQLException {
        String parameters = rs.getString("proposed_parameters");
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Motion(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                parameters == null ? null : json.readValue(parameters, ProtocolParameters.class), rs.getString("sending_authority"),
                rs.getString("mission_number"), rs.getString("diversion_member"), rs.getString("proposed_by"),
                rs.getInt("quorum_percent"), rs.getInt("majority_percent"), rs.getString("status"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), closed == null ? null : closed.toInstant(), rs.getInt("version"));
    }

    static MemberPolicy policy(ResultSet rs, int row) throws SQLException {
        String allowed = rs.getString("allowed_nationalities");
        Set<String> nationalities = allowed == null || allowed.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(allowed.split(",")));
        return new MemberPolicy(rs.getString("member_state"), MemberPolicy.NationalsRule.valueOf(rs.getString("nationals")),
                rs.getString("nationals_conditions"), MemberPolicy.NonNationalsRule.valueOf(rs.getString("non_nationals")),
                rs.getInt("non_national_monthly_quota"), rs.getBoolean("humanitarian_pathway"), Set.copyOf(nationalities),
                rs.getInt("version"));
    }
}
