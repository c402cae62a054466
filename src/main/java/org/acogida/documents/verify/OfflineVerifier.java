package org.acogida.documents.verify;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Verifies a document's token against a trust list, with nothing but the JDK's own Ed25519: the
 * signature with the issuing member's public key, then whether the document was revoked as of the
 * list's date, then its dates. The first failure is the verdict.
 */
public final class OfflineVerifier {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 raw key bytes follow it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public enum Verdict { VALID, NOT_YET_VALID, EXPIRED, REVOKED, BAD_SIGNATURE, UNKNOWN_KEY, NOT_A_DOCUMENT }

    /** The verdict and, when the token could be read, what it says (to show even for a refusal: whose document was presented). */
    public record Result(Verdict verdict, Optional<DocumentPayload> payload) {}

    private OfflineVerifier() {
    }

    public static Result verify(String tokenOrAddress, TrustList trust, LocalDate today) {
        Optional<DocumentToken.Parts> parts = DocumentToken.parse(tokenOrAddress);
        if (parts.isEmpty()) {
            return new Result(Verdict.NOT_A_DOCUMENT, Optional.empty());
        }
        DocumentPayload payload = parts.get().payload();
        Optional<TrustList.Key> key = trust.key(payload.keyId());
        if (key.isEmpty() || !key.get().member().equals(payload.member())) {
            return new Result(Verdict.UNKNOWN_KEY, Optional.of(payload));
        }
        if (!signatureHolds(parts.get(), key.get())) {
            return new Result(Verdict.BAD_SIGNATURE, Optional.of(payload));
        }
        if (trust.revokedIds().contains(payload.id())) {
            return new Result(Verdict.REVOKED, Optional.of(payload));
        }
        if (today.isBefore(payload.validFrom())) {
            return new Result(Verdict.NOT_YET_VALID, Optional.of(payload));
        }
        if (today.isAfter(payload.validUntil())) {
            return new Result(Verdict.EXPIRED, Optional.of(payload));
        }
        return new Result(Verdict.VALID, Optional.of(payload));
    }

    static boolean signatureHolds(DocumentToken.Parts parts, TrustList.Key key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey(Base64.getDecoder().decode(key.publicKey())));
            ed25519.update(parts.signedBytes());
            return ed25519.verify(parts.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        if (raw.length != 32) {
            throw new GeneralSecurityException("An Ed25519 public key is 32 bytes, not " + raw.length);
        }
        byte[] der = new byte[ED25519_SPKI_PREFIX.length + raw.length];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }
}
