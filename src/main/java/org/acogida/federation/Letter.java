package org.acogida.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * What one member sends another, as the sending module wrote it and as the receiving module reads
 * it once opened: an id that makes it count once, a kind the receiving module knows
 * ({@code sharing.OFFER}), who sends it to whom and when, and its content, which only the two
 * members read.
 */
public record Letter(UUID id, String kind, String sender, String recipient, Instant sentAt, byte[] content) {

    public Letter {
        if (kind == null || !kind.matches("[a-z]+\\.[A-Z_]+")) {
            throw new IllegalArgumentException("A letter's kind is module.KIND: " + kind);
        }
        if (sender == null || !sender.matches("[A-Z]{3}") || recipient == null || !recipient.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A letter goes from one member to another, by ISO 3166 alpha-3 code");
        }
    }

    public String module() {
        return kind.substring(0, kind.indexOf('.'));
    }
}
