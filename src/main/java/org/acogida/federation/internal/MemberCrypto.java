package org.acogida.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519PublicKey;

import org.acogida.federation.MemberKeys;
import org.acogida.platform.crypto.LocalKeys;
import org.springframework.stereotype.Component;

/**
 * The cryptography of letters, on the keys of the members this node hosts (kept by LocalKeys) and
 * the public keys of the others (from the trust list): signing and opening with a hosted member's
 * private keys, verifying and encrypting to anyone's public keys.
 */
@Component
class MemberCrypto {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 raw key bytes follow it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final LocalKeys keys;

    MemberCrypto(LocalKeys keys) {
        this.keys = keys;
    }

    /** A hosted member's public keys, for the trust list. */
    MemberKeys publicKeysOf(String member, String node) {
        try {
            KeysetHandle signing = keys.memberSigningKeyset(member);
            byte[] raw = ((Ed25519PublicKey) signing.getPublicKeysetHandle().getPrimary().getKey()).getPublicKeyBytes().toByteArray();
            String encryption = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keys.memberEncryptionKeyset(member).getPublicKeysetHandle());
            return new MemberKeys(member, node, Base64.getEncoder().encodeToString(raw), encryption);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keys of " + member + " cannot be read", e);
        }
    }

    /** The secretariat's key that signs the coalition's trust list, kept like the members' keys. */
    String trustListPublicKey() {
        try {
            KeysetHandle signing = keys.keyset("trust-list-signing", com.google.crypto.tink.signature.PredefinedSignatureParameters.ED25519WithRawOutput);
            return Base64.getEncoder().encodeToString(((Ed25519PublicKey) signing.getPublicKeysetHandle().getPrimary().getKey()).getPublicKeyBytes()
                    .toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The trust-list key cannot be read", e);
        }
    }

    byte[] signTrustList(byte[] bytes) throws GeneralSecurityException {
        return LocalKeys.primitive(keys.keyset("trust-list-signing", com.google.crypto.tink.signature.PredefinedSignatureParameters.ED25519WithRawOutput),
                PublicKeySign.class).sign(bytes);
    }

    byte[] sign(String member, byte[] bytes) throws GeneralSecurityException {
        return LocalKeys.primitive(keys.memberSigningKeyset(member), PublicKeySign.class).sign(bytes);
    }

    byte[] decrypt(String member, byte[] ciphertext, byte[] context) throws GeneralSecurityException {
        return LocalKeys.primitive(keys.memberEncryptionKeyset(member), HybridDecrypt.class).decrypt(ciphertext, context);
    }

    static boolean verifies(MemberKeys signer, byte[] bytes, byte[] signature) {
        return verifies(signer.signingKey(), bytes, signature);
    }

    /** Whether the signature over the bytes verifies with this raw Ed25519 public key, in Base64. */
    static boolean verifies(String publicKeyBase64, byte[] bytes, byte[] signature) {
        try {
            byte[] raw = Base64.getDecoder().decode(publicKeyBase64);
            byte[] der = new byte[ED25519_SPKI_PREFIX.length + raw.length];
            System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
            System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, raw.length);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(bytes);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] encrypt(MemberKeys recipient, byte[] plaintext, byte[] context) throws GeneralSecurityException {
        KeysetHandle publicKeyset = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(recipient.encryptionKeyset());
        return LocalKeys.primitive(publicKeyset, HybridEncrypt.class).encrypt(plaintext, context);
    }

    static String fingerprint(MemberKeys keys) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((keys.signingKey() + "\n" + keys.encryptionKeyset()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8).toUpperCase();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
