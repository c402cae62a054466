package org.acogida.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A letter as it travels: the header in the clear (so the broker can route it and the recipient
 * can check it before decrypting), the content encrypted to the recipient, and the sender's
 * signature over the header and a digest of the encrypted content. Changing any byte of it breaks
 * the signature.
 */
public record Envelope(int version, UUID id, String kind, String sender, String recipient, Instant sentAt, String body, String signature) {

    public static final int VERSION = 1;

    /** What the sender signs: the header, and the encrypted body by its SHA-256. */
    public byte[] signedBytes() {
        return (header() + "\n" + HexFormat.of().formatHex(sha256(body.getBytes(StandardCharsets.US_ASCII)))).getBytes(StandardCharsets.UTF_8);
    }

    /** The header, bound to the encryption as its context: a body moved under another header cannot be opened. */
    public String header() {
        return String.join("\n", "acogida-letter-v" + version, id.toString(), kind, sender, recipient, sentAt.toString());
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
