package org.acogida.federation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * The secretariat signs the trust list it publishes, with a key of its own kept in its keys
 * directory; each node pins that key's public half, and takes a list only with a valid signature.
 */
@Component
public class TrustListSigner {

    private final MemberCrypto crypto;

    TrustListSigner(MemberCrypto crypto) {
        this.crypto = crypto;
    }

    public String publicKey() {
        return crypto.trustListPublicKey();
    }

    /** Writes {@code FILE.sig} beside the list: the Ed25519 signature of its exact bytes, in Base64. */
    public Path sign(Path trustList) {
        try {
            byte[] signature = crypto.signTrustList(Files.readAllBytes(trustList));
            Path file = TrustedKeys.signatureFile(trustList);
            Files.writeString(file, Base64.getEncoder().encodeToString(signature) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the trust list " + trustList, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the trust list " + trustList, e);
        }
    }
}
