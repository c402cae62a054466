package org.acogida.flights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.acogida.flights.BreachCount;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The few facts about other members' flights that the rules and the coalition view need, as yes/no
 * answers and counts, never as another member's records.
 */
@Repository
@CrossMemberAccess("Yes/no and count answers across members (a refusal elsewhere, breaches, non-nationals taken): no other member's row leaves.")
public class AcrossMembers {

    private final JdbcClient jdbc;

    AcrossMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Breaches per sending authority and protocol rule, across the coalition: counts only. Run as a system task. */
    public List<BreachCount> breaches() {
        return jdbc.sql("""
                        SELECT f.sending_authority, i.breached_rule, COUNT(*) AS n FROM incident i JOIN flight f ON f.id = i.flight_id
                        WHERE i.breached_rule IS NOT NULL GROUP BY f.sending_authority, i.breached_rule
                        ORDER BY f.sending_authority, n DESC""")
                .query((rs, n) -> new BreachCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
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
                .query((RowCallbackHandler) rs -> taken.put(rs.getString(1), rs.getInt(2)));
        return taken;
    }
}
