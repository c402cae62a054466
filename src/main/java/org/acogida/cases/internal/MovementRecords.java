package org.acogida.cases.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Movement;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** Onward movements of the current member's cases. The database refuses one to a feared country (V7_1, V10_1). */
@Repository
public class MovementRecords {

    private final ScopedJdbc jdbc;

    MovementRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Movement m) {
        jdbc.sql("""
                        INSERT INTO movement (id, member_state, case_id, kind, destination_country, destination, status, proposed_by, proposed_at)
                        VALUES (:id, :member, :case, :kind, :country, :destination, :status, :by, :at)""")
                .param("id", m.id()).param("case", m.caseId()).param("kind", m.kind().name()).param("country", m.destinationCountry())
                .param("destination", m.destination()).param("status", m.status().name()).param("by", m.proposedBy())
                .param("at", Timestamp.from(m.proposedAt())).update();
    }

    public boolean setStatus(UUID id, Movement.Status from, Movement.Status to) {
        return jdbc.sql("UPDATE movement SET status = :to WHERE id = :id AND status = :from AND member_state = :member")
                .param("to", to.name()).param("id", id).param("from", from.name()).update() == 1;
    }

    public Optional<Movement> find(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id AND member_state = :member").param("id", id).query(MovementRecords::movement)
                .optional();
    }

    public List<Movement> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM movement WHERE case_id IN (:cases) AND member_state = :member ORDER BY proposed_at")
                .param("cases", caseIds).query(MovementRecords::movement).list();
    }

    private static Movement movement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Movement(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), Movement.Kind.valueOf(rs.getString("kind")),
                rs.getString("destination_country"), rs.getString("destination"), Movement.Status.valueOf(rs.getString("status")),
                rs.getObject("proposed_by", UUID.class), rs.getObject("proposed_at", OffsetDateTime.class).toInstant());
    }

}
