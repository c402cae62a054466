package org.acogida.audit.chain;

import org.acogida.audit.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of one link: HMAC-SHA256, keyed with a secret kept outside the database, over the
 * entry's sequence number, every field, and the previous link's hash. Without the key, someone
 * who can write to the database can break the chain but cannot forge a new one.
 */
public final class ChainHasher {

    public static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;

    public ChainHasher(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("The audit key must be at least 32 bytes (256 bits), base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String hash(long sequence, AuditEntry.Draft entry, String previousHash) {
        String canonical = String.join("\u001f",
                Long.toString(sequence),
                entry.occurredAt().toString(),
                String.valueOf(entry.actorUserId()),
                String.valueOf(entry.actorMember()),
                String.valueOf(entry.actorRole()),
                entry.action(),
                String.valueOf(entry.recordType()),
                String.valueOf(entry.recordId()),
                String.valueOf(entry.recordMember()),
                String.valueOf(entry.clientAddress()),
                previousHash);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
