package org.acogida.protection.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.acogida.platform.crypto.LocalKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts what a protection officer writes about a claim, by envelope: each text gets its own
 * data key (AES-256-GCM), and that key is stored with the text encrypted by the key-encryption
 * keyset, which is kept outside the database (LocalKeys). The claim's id and member state are
 * bound to the ciphertext as associated data, so a ciphertext copied onto another claim or member
 * does not decrypt.
 */
@Component
public class ClaimCipher {

    static final String KEY_ENCRYPTION_KEYSET = "protection-kek";

    private final Aead envelope;

    ClaimCipher(LocalKeys keys) throws GeneralSecurityException {
        Aead keyEncryption = LocalKeys.primitive(keys.keyset(KEY_ENCRYPTION_KEYSET, PredefinedAeadParameters.AES256_GCM), Aead.class);
        AesGcmParameters dataKeys = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
                .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        this.envelope = KmsEnvelopeAead.create(dataKeys, keyEncryption);
    }

    public byte[] seal(String text, UUID claimId, String memberState) {
        try {
            return envelope.encrypt(text.getBytes(StandardCharsets.UTF_8), associated(claimId, memberState));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a protection record", e);
        }
    }

    public String open(byte[] sealed, UUID claimId, String memberState) {
        try {
            return new String(envelope.decrypt(sealed, associated(claimId, memberState)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A protection record of claim " + claimId + " does not decrypt with this key (wrong key, or altered)", e);
        }
    }

    private static byte[] associated(UUID claimId, String memberState) {
        return ("acogida-claim|" + claimId + "|" + memberState).getBytes(StandardCharsets.UTF_8);
    }
}
