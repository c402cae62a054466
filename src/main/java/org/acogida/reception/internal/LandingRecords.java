package org.acogida.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Which of the current member's flights have landed, and how many cases each gave. */
@Repository
public class LandingRecords {

    public record Landing(UUID flightId, Instant landedAt, int casesCreated) {}

    private final ScopedJdbc jdbc;

    LandingRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the landing; a second landing of the flight fails on the key (the caller's transaction rolls back). */
    public void insert(UUID flightId, Instant landedAt, UUID recordedBy, int casesCreated) {
        jdbc.sql("""
                        INSERT INTO landing (flight_id, member_state, landed_at, recorded_by, cases_created)
                        VALUES (:flight, :member, :at, :by, :cases)""")
                .param("flight", flightId).param("at", Timestamp.from(landedAt)).param("by", recordedBy).param("cases", casesCreated)
                .update();
    }

    public Map<UUID, Landing> of(Collection<UUID> flightIds) {
        Map<UUID, Landing> landings = new HashMap<>();
        if (flightIds.isEmpty()) {
            return landings;
        }
        jdbc.sql("SELECT flight_id, landed_at, cases_created FROM landing WHERE flight_id IN (:flights) AND member_state = :member")
                .param("flights", flightIds).query((RowCallbackHandler) rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    landings.put(id, new Landing(id, rs.getTimestamp(2).toInstant(), rs.getInt(3)));
                });
        return landings;
    }
}
