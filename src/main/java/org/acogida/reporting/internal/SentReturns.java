package org.acogida.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.reporting.SentReturn;
import org.springframework.stereotype.Repository;

/** The returns the current member sent, as they left. */
@Repository
public class SentReturns {

    private final ScopedJdbc jdbc;

    SentReturns(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID id, String period, String content, String digest, Instant at) {
        jdbc.sql("""
                        INSERT INTO sent_return (message_id, member_state, period, content, digest, sent_at)
                        VALUES (:id, :member, :period, :content, :digest, :at)""")
                .param("id", id).param("period", period).param("content", content).param("digest", digest).param("at", Timestamp.from(at)).update();
    }

    /** The digest of the return last sent for the period, if one was. */
    public Optional<String> lastDigest(String period) {
        return jdbc.sql("SELECT digest FROM sent_return WHERE member_state = :member AND period = :period ORDER BY sent_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("period", period).query(String.class).optional();
    }

    public List<SentReturn> latest(int limit) {
        return jdbc.sql("SELECT * FROM sent_return WHERE member_state = :member ORDER BY sent_at DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, n) -> new SentReturn(rs.getObject("message_id", UUID.class), rs.getString("period"), rs.getString("content"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
