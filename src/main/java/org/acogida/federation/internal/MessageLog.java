package org.acogida.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.acogida.federation.LogVerification;
import org.acogida.federation.MemberKeys;
import org.acogida.federation.Refusal;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node's message log, after X-Road's: each letter sent, received or refused, kept as it
 * travelled (its content encrypted), in one hash chain, each entry sealed with the Ed25519 key of
 * the member it concerns and time-stamped by the node's clock. Appending locks the head, so entries
 * follow each other in one line, and a letter is logged sent once and received once.
 */
@Component
@CrossMemberAccess("The message log is the node's, one chain across the members it hosts; its envelopes are encrypted to their recipients.")
public class MessageLog {

    private static final int PAGE = 2_000;
    /** What is refused is kept up to this many bytes, with the digest of the whole. */
    private static final int MAX_KEPT = 4_096;
    static final UUID NO_ID = new UUID(0, 0);

    public enum Direction { SENT, RECEIVED, REFUSED }

    record Entry(long position, String member, Direction direction, UUID messageId, String kind, String sender, String recipient, String refusal,
                 String envelope, Instant loggedAt, String previousHash, String entryHash, String seal) {}

    private final JdbcClient jdbc;
    private final MemberCrypto crypto;
    private final TrustedKeys trust;
    private final Seal seal;
    private final Clock clock;

    MessageLog(JdbcClient jdbc, MemberCrypto crypto, TrustedKeys trust, Seal seal, Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.trust = trust;
        this.seal = seal;
        this.clock = clock;
    }

    /** Logs a letter sent; false if it was logged sent before (sent again after a failure). */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean sent(Envelope envelope) {
        return append(envelope.sender(), Direction.SENT, envelope, null, seal.text(envelope));
    }

    /** Logs a letter received, in the transaction that receives it; false if it was received before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean received(Envelope envelope) {
        return append(envelope.recipient(), Direction.RECEIVED, envelope, null, seal.text(envelope));
    }

    /**
     * Logs what was refused under the member whose way it came: the SHA-256 of the bytes as they
     * arrived and their first few kilobytes, in Base64 since they may be anything. Not the whole:
     * anyone who may publish to the broker could otherwise fill the node's log, which is never pruned.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void refused(String via, Envelope envelope, Refusal refusal, byte[] arrived) {
        byte[] kept = arrived.length > MAX_KEPT ? java.util.Arrays.copyOf(arrived, MAX_KEPT) : arrived;
        append(via, Direction.REFUSED, envelope, refusal, "sha256:" + HexFormat.of().formatHex(Envelope.sha256(arrived)) + " " + arrived.length
                + " bytes " + Base64.getEncoder().encodeToString(kept));
    }

    private boolean append(String member, Direction direction, Envelope envelope, Refusal refusal, String text) {
        Head head = jdbc.sql("SELECT last_position, last_hash FROM message_log_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        UUID id = envelope == null ? NO_ID : envelope.id();
        String once = refusal == null ? direction + ":" + member + ":" + id : null;
        if (once != null && jdbc.sql("SELECT COUNT(*) FROM message_log WHERE once_key = :once AND member_state = :member")
                .param("once", once).param("member", member).query(Long.class).single() > 0) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long position = head.position() + 1;
        Entry draft = new Entry(position, member, direction, id, envelope == null ? "unknown" : envelope.kind(),
                envelope == null ? "---" : envelope.sender(), envelope == null ? member : envelope.recipient(), refusal == null ? null : refusal.name(),
                text, now, head.hash(), "", "");
        String hash = hash(draft);
        String entrySeal;
        try {
            entrySeal = Base64.getEncoder().encodeToString(crypto.sign(member, hash.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the message log's entry with the key of " + member, e);
        }
        jdbc.sql("""
                        INSERT INTO message_log (position, member_state, direction, message_id, kind, sender, recipient, refusal, envelope,
                                                 logged_at, previous_hash, entry_hash, seal, once_key)
                        VALUES (:position, :member, :direction, :id, :kind, :sender, :recipient, :refusal, :envelope, :at, :previous, :hash, :seal, :once)""")
                .param("position", position).param("member", member).param("direction", direction.name()).param("id", id)
                .param("kind", draft.kind()).param("sender", draft.sender()).param("recipient", draft.recipient()).param("refusal", draft.refusal())
                .param("envelope", text).param("at", Timestamp.from(now)).param("previous", head.hash()).param("hash", hash)
                .param("seal", entrySeal).param("once", once).update();
        jdbc.sql("UPDATE message_log_head SET last_position = :position, last_hash = :hash WHERE id = 1")
                .param("position", position).param("hash", hash).update();
        return true;
    }

    /** Walks the whole log: links, hashes, seals, and each sent or received letter's signature. */
    @Transactional(readOnly = true)
    public LogVerification verify() {
        return verify(jdbc);
    }

    /** The walk through any connection's view of the log: the tamper tests run it inside a transaction they roll back. */
    public LogVerification verify(JdbcClient jdbc) {
        List<LogVerification.Problem> problems = new ArrayList<>();
        String previous = "0".repeat(64);
        long expected = 1;
        long after = 0;
        while (true) {
            List<Entry> page = jdbc.sql("SELECT * FROM message_log WHERE position > :after ORDER BY position LIMIT " + PAGE)
                    .param("after", after).query(MessageLog::entry).list();
            for (Entry entry : page) {
                check(entry, expected, previous, problems);
                previous = entry.entryHash();
                expected = entry.position() + 1;
                after = entry.position();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Head head = jdbc.sql("SELECT last_position, last_hash FROM message_log_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.position() != after || !head.hash().equals(previous)) {
            problems.add(new LogVerification.Problem(head.position(), "the log ends at " + after + " but its head says " + head.position()
                    + ": entries were removed from its end"));
        }
        return new LogVerification(after, List.copyOf(problems));
    }

    private void check(Entry entry, long expected, String previous, List<LogVerification.Problem> problems) {
        if (entry.position() != expected) {
            problems.add(new LogVerification.Problem(entry.position(), "entries " + expected + " to " + (entry.position() - 1) + " are missing"));
        }
        if (!entry.previousHash().equals(previous)) {
            problems.add(new LogVerification.Problem(entry.position(), "does not follow the entry before it"));
        }
        if (!hash(entry).equals(entry.entryHash())) {
            problems.add(new LogVerification.Problem(entry.position(), "was changed after it was written"));
        }
        MemberKeys keeper = trust.of(entry.member()).orElse(null);
        if (keeper == null || !MemberCrypto.verifies(keeper, entry.entryHash().getBytes(StandardCharsets.US_ASCII), Base64.getDecoder().decode(entry.seal()))) {
            problems.add(new LogVerification.Problem(entry.position(), "its seal does not verify with the key of " + entry.member()));
        }
        if (entry.direction() != Direction.REFUSED) {
            Seal.Opened opened = seal.verifyOnly(entry.envelope().getBytes(StandardCharsets.UTF_8));
            if (opened instanceof Seal.Opened.Refused refused) {
                problems.add(new LogVerification.Problem(entry.position(), "the letter it holds does not verify: " + refused.refusal()));
            }
        }
    }

    static String hash(Entry e) {
        String canonical = String.join("\n", e.previousHash(), Long.toString(e.position()), e.member(), e.direction().name(), e.messageId().toString(),
                e.kind(), e.sender(), e.recipient(), String.valueOf(e.refusal()), e.loggedAt().toString(),
                HexFormat.of().formatHex(Envelope.sha256(e.envelope().getBytes(StandardCharsets.UTF_8))));
        return HexFormat.of().formatHex(Envelope.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("position"), rs.getString("member_state"), Direction.valueOf(rs.getString("direction")),
                rs.getObject("message_id", UUID.class), rs.getString("kind"), rs.getString("sender"), rs.getString("recipient"),
                rs.getString("refusal"), rs.getString("envelope"), rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
                rs.getString("previous_hash"), rs.getString("entry_hash"), rs.getString("seal"));
    }

    private record Head(long position, String hash) {}
}
