package org.acogida.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.acogida.coalition.Countries;
import org.acogida.federation.FederationProperties;
import org.acogida.federation.MemberKeys;
import org.acogida.platform.actor.Actors;
import org.acogida.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node that pins the secretariat's key takes a trust list only with the secretariat's valid
 * signature beside it: an unsigned list, or one changed after it was signed, is not taken, and the
 * list read before stays in force.
 */
@PostgresTest
class SignedTrustListTest {

    @Autowired
    MemberCrypto crypto;
    @Autowired
    TrustListSigner signer;
    @Autowired
    Countries countries;
    @Autowired
    JsonMapper json;
    @TempDir
    Path directory;

    @Test
    void aTrustListIsTakenOnlyWithTheSecretariatsSignature() throws Exception {
        Actors.asSystem("test", () -> countries.admit("GTM", LocalDate.of(2025, 3, 1)));
        Path list = directory.resolve("trust-list.json");
        MemberKeys mexico = crypto.publicKeysOf("MEX", "mexico");
        write(list, mexico, 1);
        TrustedKeys trust = new TrustedKeys(new FederationProperties("guatemala", List.of("GTM"), "", null, list, signer.publicKey()), crypto,
                countries, json);
        assertThat(trust.of("MEX")).as("an unsigned list").isEmpty();

        signer.sign(list);
        Files.setLastModifiedTime(TrustedKeys.signatureFile(list), FileTime.from(Instant.now().plusSeconds(2)));
        assertThat(trust.of("MEX")).as("the signed list").contains(mexico);

        MemberKeys forged = new MemberKeys("MEX", "mexico", crypto.publicKeysOf("HND", "x").signingKey(), mexico.encryptionKeyset());
        write(list, forged, 3);
        assertThat(trust.of("MEX")).as("a list changed after it was signed: the one before stays").contains(mexico);
    }

    private void write(Path list, MemberKeys keys, int secondsLater) throws Exception {
        Files.writeString(list, json.writeValueAsString(new TrustedKeys.TrustListFile(List.of(keys))));
        Files.setLastModifiedTime(list, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }
}
