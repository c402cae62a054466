package org.acogida.protection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.protection.ChildPath;
import org.springframework.stereotype.Repository;

/** The child-protection workflow of the current member's unaccompanied children. */
@Repository
public class ChildProtectionRecords {

    private final ScopedJdbc jdbc;

    ChildProtectionRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChildPath> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM child_protection WHERE case_id = :case AND member_state = :member").param("case", caseId)
                .query((rs, n) -> new ChildPath(caseId, ChildPath.Step.valueOf(rs.getString("step")), rs.getString("authority"),
                        instant(rs.getObject("notified_at", OffsetDateTime.class)), instant(rs.getObject("assessed_at", OffsetDateTime.class)),
                        rs.getString("handed_to"), rs.getString("handed_to_relation") == null ? null
                        : ChildPath.Relation.valueOf(rs.getString("handed_to_relation")),
                        instant(rs.getObject("handed_over_at", OffsetDateTime.class)), rs.getInt("version")))
                .optional();
    }

    /** Starts the workflow for a child unless it has started; true when it started now. */
    public boolean startIfAbsent(UUID caseId, UUID by) {
        return jdbc.sql("""
                        INSERT INTO child_protection (case_id, member_state, step, updated_by, version)
                        SELECT :case, :member, 'IDENTIFIED', :by, 0
                        WHERE NOT EXISTS (SELECT 1 FROM child_protection WHERE case_id = :case)""")
                .param("case", caseId).param("by", by).update() == 1;
    }

    /** Writes the next state if the workflow is still at the version the officer saw; false otherwise. */
    public boolean update(ChildPath next, int seenVersion, UUID by) {
        return jdbc.sql("""
                        UPDATE child_protection SET step = :step, authority = :authority, notified_at = :notified, assessed_at = :assessed,
                               handed_to = :handedTo, handed_to_relation = :relation, handed_over_at = :handedOver, updated_by = :by,
                               version = version + 1
                        WHERE case_id = :case AND version = :version AND member_state = :member""")
                .param("step", next.step().name()).param("authority", next.authority()).param("notified", timestamp(next.notifiedAt()))
                .param("assessed", timestamp(next.assessedAt())).param("handedTo", next.handedTo())
                .param("relation", next.relation() == null ? null : next.relation().name()).param("handedOver", timestamp(next.handedOverAt()))
                .param("by", by).param("case", next.caseId()).param("version", seenVersion).update() == 1;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
