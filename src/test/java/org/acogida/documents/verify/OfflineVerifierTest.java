package org.acogida.documents.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The offline verifier against tokens signed here with the JDK's own Ed25519, not with the signer
 * Acogida uses: a token any RFC 8032 implementation signs verifies, and nothing else does.
 */
class OfflineVerifierTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    KeyPair key;
    TrustList trust;
    DocumentPayload pass;

    @BeforeEach
    void aMemberKeyAndAPass() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] encoded = key.getPublic().getEncoded();
        String raw = Base64.getEncoder().encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
        trust = new TrustList(Instant.parse("2026-11-29T12:00:00Z"), List.of(new TrustList.Key("GTM-0A1B2C3D", "GTM", "Ed25519", raw)), List.of());
        pass = new DocumentPayload(1, UUID.randomUUID(), "GTM-HP-0A1B2C3D", "HUMANITARIAN_PASS", "GTM", "GTM-0A1B2C3D",
                "GARCÍA LÓPEZ, María José", LocalDate.of(1988, 4, 2), TODAY.minusDays(3), TODAY.plusDays(26));
    }

    String signed(DocumentPayload payload) throws Exception {
        String input = DocumentToken.signingInput(payload);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key.getPrivate());
        ed25519.update(input.getBytes(StandardCharsets.US_ASCII));
        return DocumentToken.token(input, ed25519.sign());
    }

    @Test
    void aSignedPassInForceIsValidAndSaysWhoseItIs() throws Exception {
        OfflineVerifier.Result result = OfflineVerifier.verify(signed(pass), trust, TODAY);
        assertThat(result.verdict()).isEqualTo(OfflineVerifier.Verdict.VALID);
        assertThat(result.payload()).contains(pass);
    }

    @Test
    void theVerificationAddressInTheQrCodeVerifiesLikeTheToken() throws Exception {
        assertThat(OfflineVerifier.verify("https://acogida.example/verify?t=" + signed(pass), trust, TODAY).verdict())
                .isEqualTo(OfflineVerifier.Verdict.VALID);
    }

    @Test
    void aPayloadChangedAfterSigningIsNotAuthentic() throws Exception {
        String token = signed(pass);
        String forgedPayload = DocumentToken.signingInput(new DocumentPayload(1, pass.id(), pass.number(), pass.kind(), pass.member(), pass.keyId(),
                pass.holder(), pass.born(), pass.validFrom(), pass.validUntil().plusYears(1)));
        String forged = forgedPayload + token.substring(token.lastIndexOf('.'));
        assertThat(OfflineVerifier.verify(forged, trust, TODAY).verdict()).isEqualTo(OfflineVerifier.Verdict.BAD_SIGNATURE);
    }

    @Test
    void anotherKeyOfTheSameNameIsNotAuthentic() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(OfflineVerifier.verify(signed(pass), trust, TODAY).verdict()).isEqualTo(OfflineVerifier.Verdict.BAD_SIGNATURE);
    }

    @Test
    void revokedExpiredAndNotYetValidAreSaid() throws Exception {
        TrustList revoked = new TrustList(trust.generatedAt(), trust.keys(), List.of(new TrustList.Revocation(pass.id(), trust.generatedAt())));
        assertThat(OfflineVerifier.verify(signed(pass), revoked, TODAY).verdict()).isEqualTo(OfflineVerifier.Verdict.REVOKED);
        assertThat(OfflineVerifier.verify(signed(pass), trust, pass.validUntil().plusDays(1)).verdict()).isEqualTo(OfflineVerifier.Verdict.EXPIRED);
        assertThat(OfflineVerifier.verify(signed(pass), trust, pass.validUntil()).verdict()).isEqualTo(OfflineVerifier.Verdict.VALID);
        assertThat(OfflineVerifier.verify(signed(pass), trust, pass.validFrom().minusDays(1)).verdict())
                .isEqualTo(OfflineVerifier.Verdict.NOT_YET_VALID);
    }

    @Test
    void aKeyTheListDoesNotHaveOrOfAnotherMemberIsUnknown() throws Exception {
        DocumentPayload otherMember = new DocumentPayload(1, pass.id(), pass.number(), pass.kind(), "HND", pass.keyId(), pass.holder(), pass.born(),
                pass.validFrom(), pass.validUntil());
        assertThat(OfflineVerifier.verify(signed(otherMember), trust, TODAY).verdict()).isEqualTo(OfflineVerifier.Verdict.UNKNOWN_KEY);
        TrustList empty = new TrustList(trust.generatedAt(), List.of(), List.of());
        assertThat(OfflineVerifier.verify(signed(pass), empty, TODAY).verdict()).isEqualTo(OfflineVerifier.Verdict.UNKNOWN_KEY);
    }

    @Test
    void anythingElseIsNotADocument() {
        for (String text : new String[] {"", "hello", "ACO1.e30.AAAA", "ACO2.x.y", "https://example.org/verify?t=nothing", null}) {
            assertThat(OfflineVerifier.verify(text, trust, TODAY).verdict()).as(String.valueOf(text)).isEqualTo(OfflineVerifier.Verdict.NOT_A_DOCUMENT);
        }
    }
}
