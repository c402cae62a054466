package org.acogida.documents.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.signature.Ed25519PublicKey;

import org.acogida.documents.verify.DocumentPayload;
import org.acogida.documents.verify.DocumentToken;
import org.acogida.platform.crypto.LocalKeys;
import org.springframework.stereotype.Component;

/**
 * Signs documents with the issuing member's Ed25519 key. The private key lives in the keys
 * directory, encrypted under the master key (LocalKeys), and never in the database; the public key
 * is registered in {@code signing_key} the first time it signs, for the trust list.
 */
@Component
public class DocumentSigner {

    /** A member's signing key as checkpoints know it. */
    public record MemberKey(String keyId, String publicKeyBase64) {}

    private final LocalKeys keys;
    private final SigningKeyRecords registered;

    DocumentSigner(LocalKeys keys, SigningKeyRecords registered) {
        this.keys = keys;
        this.registered = registered;
    }

    /** The member's current key, registered for the trust list if it was not yet. Call inside the member's transaction. */
    public MemberKey keyOf(String member) {
        KeysetHandle keyset = keyset(member);
        byte[] raw = publicKey(keyset);
        MemberKey key = new MemberKey(member + "-" + HexFormat.of().formatHex(sha256(raw), 0, 4).toUpperCase(), Base64.getEncoder().encodeToString(raw));
        registered.registerIfAbsent(key.keyId(), key.publicKeyBase64());
        return key;
    }

    /** The token for this payload, signed with the key it names (which must be the member's current key). */
    public String sign(DocumentPayload payload) {
        String input = DocumentToken.signingInput(payload);
        try {
            byte[] signature = LocalKeys.primitive(keyset(payload.member()), PublicKeySign.class).sign(input.getBytes(StandardCharsets.US_ASCII));
            return DocumentToken.token(input, signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign document " + payload.number(), e);
        }
    }

    private KeysetHandle keyset(String member) {
        return keys.memberSigningKeyset(member);
    }

    private static byte[] publicKey(KeysetHandle keyset) {
        try {
            return ((Ed25519PublicKey) keyset.getPublicKeysetHandle().getPrimary().getKey()).getPublicKeyBytes().toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing keyset has no Ed25519 public key", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
