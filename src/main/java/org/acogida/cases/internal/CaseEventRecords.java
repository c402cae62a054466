package org.acogida.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.cases.CaseEvent;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The timeline of the current member's cases. */
@Repository
public class CaseEventRecords {

    private final ScopedJdbc jdbc;

    CaseEventRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID caseId, String kind, String detail, UUID actorId, Instant at) {
        addAll(List.of(caseId), kind, detail, actorId, at);
    }

    /** The same event for many cases at once, as when a flight lands. */
    public void addAll(List<UUID> caseIds, String kind, String detail, UUID actorId, Instant at) {
        List<Map<String, Object>> rows = new ArrayList<>(caseIds.size());
        for (UUID caseId : caseIds) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", UUID.randomUUID());
            row.put("case", caseId);
            row.put("at", Timestamp.from(at));
            row.put("actor", actorId);
            row.put("kind", kind);
            row.put("detail", detail);
            rows.add(row);
        }
        jdbc.batch("""
                INSERT INTO case_event (id, case_id, member_state, happened_at, actor_id, kind, detail)
                VALUES (:id, :case, :member, :at, :actor, :kind, :detail)""", rows);
    }

    /** The member's cases with an event of each kind in [from, to), counted once per case, by the person's sex (F, M or X). */
    public java.util.Map<String, java.util.Map<String, Integer>> casesWithEvents(java.util.Collection<String> kinds, Instant from, Instant to) {
        java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT e.kind, c.sex, COUNT(DISTINCT e.case_id) FROM case_event e JOIN person_case c ON c.id = e.case_id
                        WHERE e.member_state = :member AND e.kind IN (:kinds) AND e.happened_at >= :from AND e.happened_at < :to
                        GROUP BY e.kind, c.sex""")
                .param("kinds", List.copyOf(kinds)).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).merge(rs.getString(2), rs.getInt(3), Integer::sum);
                    return null;
                }).list();
        return counts;
    }

    public List<CaseEvent> timeline(UUID caseId) {
        return jdbc.sql("""
                        SELECT e.case_id, e.happened_at, e.actor_id, u.display_name, e.kind, e.detail
                        FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id
                        WHERE e.case_id = :case AND e.member_state = :member ORDER BY e.happened_at DESC, e.kind""")
                .param("case", caseId)
                .query((rs, n) -> new CaseEvent(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
