package org.acogida.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The returns the secretariat received from every member: aggregates only, already suppressed. */
@Repository
@CrossMemberAccess("The secretariat's aggregates: each member's suppressed monthly return, no person's record.")
public class ReceivedReturns {

    private final JdbcClient jdbc;

    ReceivedReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a return once; false if a return with this id was kept before. */
    public boolean keep(UUID id, String member, String period, Instant computedAt, String content, String envelope, Instant at) {
        return jdbc.sql("""
                        INSERT INTO received_return (message_id, reporting_member, period, computed_at, content, envelope, received_at)
                        SELECT :id, :member, :period, :computed, :content, :envelope, :at
                        WHERE NOT EXISTS (SELECT 1 FROM received_return WHERE message_id = :id)""")
                .param("id", id).param("member", member).param("period", period).param("computed", Timestamp.from(computedAt))
                .param("content", content).param("envelope", envelope).param("at", Timestamp.from(at)).update() == 1;
    }

    /** For the period, each member's latest return (by when the member computed it), as sent. */
    public List<String> latest(String period) {
        return jdbc.sql("""
                        SELECT r.content FROM received_return r
                        WHERE r.period = :period AND r.computed_at = (SELECT MAX(o.computed_at) FROM received_return o
                                                                      WHERE o.period = r.period AND o.reporting_member = r.reporting_member)
                        ORDER BY r.reporting_member""")
                .param("period", period).query(String.class).list();
    }

    /** The periods of which a return was received, the latest first. */
    public List<String> periods() {
        return jdbc.sql("SELECT DISTINCT period FROM received_return ORDER BY period DESC").query(String.class).list();
    }
}
