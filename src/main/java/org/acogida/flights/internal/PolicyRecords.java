package org.acogida.flights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every member's acceptance policy and the reception capacity of its arrival points. Each member
 * reads them all (the coalition view shows who could receive a flight's non-nationals); only its
 * own coordinator changes its own, a rule {@code Policies} enforces.
 */
@Repository
@CrossMemberAccess("Member policies and capacities are coalition-wide records: each member reads them all, the façade lets a member change only its own.")
public class PolicyRecords {

    private final JdbcClient jdbc;

    PolicyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MemberPolicy policy(String memberState) {
        return jdbc.sql("SELECT * FROM member_policy WHERE member_state = :m").param("m", memberState).query(PolicyRecords::policy)
                .optional().orElse(MemberPolicy.initial(memberState));
    }

    public List<MemberPolicy> policies() {
        return jdbc.sql("SELECT * FROM member_policy ORDER BY member_state").query(PolicyRecords::policy).list();
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
