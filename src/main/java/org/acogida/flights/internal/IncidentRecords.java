package org.acogida.flights.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.acogida.flights.incident.Incident;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** Incidents on the current member's flights. */
@Repository
public class IncidentRecords {

    private final ScopedJdbc jdbc;

    IncidentRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Incident incident) {
        jdbc.sql("""
                        INSERT INTO incident (id, flight_id, member_state, kind, severity, breached_rule, description, reported_by, reported_at)
                        VALUES (:id, :flight, :member, :kind, :severity, :rule, :description, :by, :at)""")
                .param("id", incident.id()).param("flight", incident.flightId()).param("kind", incident.kind().name())
                .param("severity", incident.severity().name()).param("rule", incident.breachedRule())
                .param("description", incident.description()).param("by", incident.reportedBy())
                .param("at", Timestamp.from(incident.reportedAt())).update();
    }

    public List<Incident> ofFlight(UUID flightId) {
        return jdbc.sql("SELECT * FROM incident WHERE flight_id = :flight AND member_state = :member ORDER BY reported_at")
                .param("flight", flightId)
                .query((rs, n) -> new Incident(rs.getObject("id", UUID.class), rs.getObject("flight_id", UUID.class),
                        IncidentKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")), rs.getString("breached_rule"),
                        rs.getString("description"), rs.getObject("reported_by", UUID.class),
                        rs.getObject("reported_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
