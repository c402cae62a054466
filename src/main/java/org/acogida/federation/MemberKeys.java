package org.acogida.federation;

/**
 * A member's public keys as the coalition's trust list holds them: the Ed25519 key that signs its
 * documents and letters (raw, Base64), and the HPKE key letters to it are encrypted to (a Tink
 * public keyset, JSON), with the node that hosts it.
 */
public record MemberKeys(String member, String node, String signingKey, String encryptionKeyset) {}
