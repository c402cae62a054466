package org.acogida.protection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** Screenings of the current member's cases and the codes they found. */
@Repository
public class ScreeningRecords {

    public record Screened(UUID caseId, UUID by, String byName, Instant at, Set<String> codes) {}

    private final ScopedJdbc jdbc;

    ScreeningRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Screened> find(UUID caseId) {
        return jdbc.sql("""
                        SELECT s.screened_by, u.display_name, s.screened_at FROM screening s LEFT JOIN app_user u ON u.id = s.screened_by
                        WHERE s.case_id = :case AND s.member_state = :member""")
                .param("case", caseId)
                .query((rs, n) -> new Screened(caseId, rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        codes(caseId)))
                .optional();
    }

    public Set<String> codes(UUID caseId) {
        return new TreeSet<>(jdbc.sql("SELECT code FROM screening_mark WHERE case_id = :case AND member_state = :member").param("case", caseId)
                .query(String.class).list());
    }

    /** Which of these cases carry this code. */
    public Set<UUID> withCode(Collection<UUID> caseIds, String code) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT case_id FROM screening_mark WHERE case_id IN (:cases) AND code = :code AND member_state = :member")
                .param("cases", caseIds).param("code", code).query(UUID.class).list());
    }

    /** Replaces the case's screening with these codes. */
    public void save(UUID caseId, Set<String> codes, UUID by, Instant at) {
        int updated = jdbc.sql("UPDATE screening SET screened_by = :by, screened_at = :at WHERE case_id = :case AND member_state = :member")
                .param("by", by).param("at", Timestamp.from(at)).param("case", caseId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO screening (case_id, member_state, screened_by, screened_at) VALUES (:case, :member, :by, :at)")
                    .param("case", caseId).param("by", by).param("at", Timestamp.from(at)).update();
        }
        jdbc.sql("DELETE FROM screening_mark WHERE case_id = :case AND member_state = :member").param("case", caseId).update();
        List<java.util.Map<String, Object>> rows = codes.stream().map(code -> java.util.Map.<String, Object>of("case", caseId, "code", code)).toList();
        if (!rows.isEmpty()) {
            jdbc.batch("INSERT INTO screening_mark (case_id, code, member_state) VALUES (:case, :code, :member)", rows);
        }
    }
}
