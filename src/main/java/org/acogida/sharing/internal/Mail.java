package org.acogida.sharing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current member's outbox and inbox. A letter is written to the outbox in the transaction of
 * the act that sends it, with the event that makes the post deliver it; the inbox's key makes a
 * letter delivered twice change nothing the second time.
 */
@Repository
public class Mail {

    private final ScopedJdbc jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mail(ScopedJdbc jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Writes a letter to the outbox, for delivery once the transaction commits. */
    public UUID post(String recipient, UUID shareId, Letter.Kind kind, Object content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sharing_outbox (message_id, member_state, recipient, share_id, kind, payload, written_at)
                        VALUES (:id, :member, :recipient, :share, :kind, :payload, :at)""")
                .param("id", id).param("recipient", recipient).param("share", shareId).param("kind", kind.name())
                .param("payload", json.writeValueAsString(content)).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new LetterPosted(id, jdbc.member(), recipient));
        return id;
    }

    /** The letter, if it is still to be delivered. */
    public Optional<Letter> undelivered(UUID messageId) {
        return jdbc.sql("SELECT * FROM sharing_outbox WHERE message_id = :id AND delivered_at IS NULL AND member_state = :member")
                .param("id", messageId)
                .query((rs, n) -> new Letter(rs.getObject("message_id", UUID.class), Letter.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("share_id", UUID.class), rs.getString("member_state"), rs.getString("recipient"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("payload")))
                .optional();
    }

    /** The member's letters not yet delivered, written before the given moment, the oldest first. */
    public java.util.List<UUID> undeliveredWrittenBefore(java.time.Instant moment) {
        return jdbc.sql("""
                        SELECT message_id FROM sharing_outbox WHERE member_state = :member AND delivered_at IS NULL AND written_at < :moment
                        ORDER BY written_at LIMIT 500""")
                .param("moment", Timestamp.from(moment)).query(UUID.class).list();
    }

    /**
     * Marks the letter delivered and empties it: a delivered letter is never sent again, and the
     * sender keeps no second copy of what it disclosed (its case is the original).
     */
    public void delivered(UUID messageId) {
        jdbc.sql("UPDATE sharing_outbox SET delivered_at = :at, payload = '' WHERE message_id = :id AND member_state = :member")
                .param("at", Timestamp.from(clock.instant())).param("id", messageId).update();
    }

    /** Whether a letter of this kind about this share was received already (a revocation that overtook its offer). */
    public boolean receivedBefore(UUID shareId, Letter.Kind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM sharing_inbox WHERE share_id = :share AND kind = :kind AND member_state = :member")
                .param("share", shareId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    /** Records the letter as received; false when it was received before (delivered twice). */
    public boolean receivedFirstTime(Letter letter) {
        return jdbc.sql("""
                        INSERT INTO sharing_inbox (message_id, member_state, sender, share_id, kind, received_at)
                        SELECT :id, :member, :sender, :share, :kind, :at
                        WHERE NOT EXISTS (SELECT 1 FROM sharing_inbox WHERE message_id = :id)""")
                .param("id", letter.messageId()).param("sender", letter.sender()).param("share", letter.shareId())
                .param("kind", letter.kind().name()).param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    public <T> T read(Letter letter, Class<T> type) {
        return json.readValue(letter.payload(), type);
    }
}
