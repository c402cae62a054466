package org.acogida.documents.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a checkpoint needs to verify documents offline: every member's public signing keys and
 * the ids of revoked documents, as of {@code generatedAt}. A checkpoint downloads it when it can
 * (./acogida verify-document --update) and verifies against it when it cannot.
 */
public record TrustList(Instant generatedAt, List<Key> keys, List<Revocation> revoked) {

    /** A member's Ed25519 public key, raw (32 bytes) in base64. */
    public record Key(String keyId, String member, String algorithm, String publicKey) {}

    public record Revocation(UUID id, Instant revokedAt) {}

    public Optional<Key> key(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    public Set<UUID> revokedIds() {
        return revoked.stream().map(Revocation::id).collect(Collectors.toSet());
    }
}
