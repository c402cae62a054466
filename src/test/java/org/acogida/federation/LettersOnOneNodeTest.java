package org.acogida.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.acogida.federation.internal.Envelope;
import org.acogida.federation.internal.Inbound;
import org.acogida.federation.internal.MessageLog;
import org.acogida.federation.internal.Seal;
import org.acogida.platform.actor.Actors;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seal and the message log on one node that hosts every member: what a member seals only the
 * recipient opens, and a forged, altered, misdirected or malformed envelope is refused, logged
 * with why, and reaches no module; the log's chain finds an edited or a removed entry.
 */
@PostgresTest
class LettersOnOneNodeTest {

    @Autowired
    Seal seal;
    @Autowired
    Inbound inbound;
    @Autowired
    Federation federation;
    @Autowired
    MessageLog messageLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.acogida.coalition.Countries countries;

    @org.junit.jupiter.api.BeforeEach
    void members() {
        for (String member : java.util.List.of("GTM", "MEX", "HND")) {
            Actors.asSystem("test: members", () -> countries.admit(member, java.time.LocalDate.of(2025, 1, 1)));
        }
    }

    private Letter letter(String text) {
        return new Letter(UUID.randomUUID(), "sharing.OFFER", "GTM", "MEX", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatAMemberSealsTravelsEncryptedAndOnlyItsRecipientOpensIt() {
        Letter letter = letter("Rosa Ajpop, 1994-04-09");
        Envelope envelope = seal.seal(letter);
        String wire = new String(seal.wire(envelope), StandardCharsets.UTF_8);
        assertThat(wire).doesNotContain("Rosa").doesNotContain("Ajpop").contains("\"to\":\"MEX\"");

        Seal.Opened opened = seal.open(seal.wire(envelope), "MEX");
        assertThat(opened).isInstanceOf(Seal.Opened.Read.class);
        assertThat(new String(((Seal.Opened.Read) opened).letter().content(), StandardCharsets.UTF_8)).isEqualTo("Rosa Ajpop, 1994-04-09");
    }

    @Test
    void aLetterSignedWithAKeyNotOnTheTrustListIsRefusedAndLogged() throws Exception {
        Envelope genuine = seal.seal(letter("{}"));
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(forger.getPrivate());
        signer.update(genuine.signedBytes());
        Envelope forged = new Envelope(genuine.version(), genuine.id(), genuine.kind(), genuine.sender(), genuine.recipient(), genuine.sentAt(),
                genuine.body(), Base64.getEncoder().encodeToString(signer.sign()));

        assertThat(inbound.arrive(seal.wire(forged), "MEX")).isEqualTo(Inbound.Outcome.REFUSED);
        assertThat(refusalOf(genuine.id())).isEqualTo("BAD_SIGNATURE");
        assertThat(count("SELECT COUNT(*) FROM sharing_inbox WHERE message_id = '" + genuine.id() + "'")).isZero();
    }

    @Test
    void anAlteredHeaderOrBodyBreaksTheSignature() {
        Envelope genuine = seal.seal(letter("{}"));
        Envelope otherSender = new Envelope(genuine.version(), genuine.id(), genuine.kind(), "HND", genuine.recipient(), genuine.sentAt(),
                genuine.body(), genuine.signature());
        assertThat(((Seal.Opened.Refused) seal.open(seal.wire(otherSender), "MEX")).refusal()).as("a forged sender").isEqualTo(Refusal.BAD_SIGNATURE);
        char[] body = genuine.body().toCharArray();
        body[10] = body[10] == 'A' ? 'B' : 'A';
        Envelope otherBody = new Envelope(genuine.version(), genuine.id(), genuine.kind(), genuine.sender(), genuine.recipient(), genuine.sentAt(),
                new String(body), genuine.signature());
        assertThat(((Seal.Opened.Refused) seal.open(seal.wire(otherBody), "MEX")).refusal()).isEqualTo(Refusal.BAD_SIGNATURE);
    }

    @Test
    void aLetterThatCameTheWayOfAnotherMemberOrFromANonMemberOrUnreadableIsRefused() {
        Envelope genuine = seal.seal(letter("{}"));
        assertThat(inbound.arrive(seal.wire(genuine), "HND")).isEqualTo(Inbound.Outcome.REFUSED);
        assertThat(refusalOf(genuine.id())).isEqualTo("WRONG_SUBJECT");

        Envelope stranger = new Envelope(genuine.version(), UUID.randomUUID(), genuine.kind(), "USA", genuine.recipient(), genuine.sentAt(),
                genuine.body(), genuine.signature());
        assertThat(inbound.arrive(seal.wire(stranger), "MEX")).isEqualTo(Inbound.Outcome.REFUSED);
        assertThat(refusalOf(stranger.id())).isEqualTo("UNKNOWN_SENDER");

        assertThat(inbound.arrive("{\"v\":1,\"id\":\"not an id\"}".getBytes(StandardCharsets.UTF_8), "MEX")).isEqualTo(Inbound.Outcome.REFUSED);
        assertThat(inbound.arrive(new byte[] {0, 1, 2}, "MEX")).isEqualTo(Inbound.Outcome.REFUSED);
    }

    @Test
    void theMessageLogVerifiesAndFindsAnEditedOrARemovedEntry() throws SQLException {
        federation.send(new Letter(UUID.randomUUID(), "sharing.REVOCATION", "GTM", "MEX", Instant.now(),
                "{\"shareId\":\"00000000-0000-0000-0000-000000000001\",\"payload\":\"{}\"}".getBytes(StandardCharsets.UTF_8)));
        LogVerification intact = federation.verifyLog();
        assertThat(intact.problems()).isEmpty();
        long last = intact.entries();
        assertThat(last).isPositive();

        assertThat(tampered("UPDATE message_log SET recipient = 'HND' WHERE position = " + last).problems())
                .extracting(LogVerification.Problem::position).contains(last);
        assertThat(tampered("DELETE FROM message_log WHERE position = " + last).problems())
                .anySatisfy(p -> assertThat(p.what()).contains("removed"));
        assertThat(tampered("UPDATE message_log SET envelope = replace(envelope, '\"to\":\"MEX\"', '\"to\":\"HND\"') WHERE position = " + last)
                .problems()).extracting(LogVerification.Problem::position).contains(last);
    }

    @Test
    void onANodeHostingSeveralMembersEachSeesOnlyItsOwnEntriesOfTheLog() {
        federation.send(new Letter(UUID.randomUUID(), "sharing.REVOCATION", "GTM", "MEX", Instant.now(),
                "{\"shareId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":\"{}\"}".getBytes(StandardCharsets.UTF_8)));
        String seenByHonduras = Actors.onBehalfOf("HND", "test: Honduras's work", () -> transactions.execute(s ->
                jdbc.sql("SELECT DISTINCT member_state FROM message_log").query(String.class).list().toString()));
        String seenByGuatemala = Actors.onBehalfOf("GTM", "test: Guatemala's work", () -> transactions.execute(s ->
                jdbc.sql("SELECT DISTINCT member_state FROM message_log").query(String.class).list().toString()));
        assertThat(seenByGuatemala).isEqualTo("[GTM]");
        assertThat(seenByHonduras).doesNotContain("GTM").doesNotContain("MEX");
    }

    private LogVerification tampered(String statement) throws SQLException {
        try (Connection owner = PostgresDatabase.ownerConnection()) {
            owner.setAutoCommit(false);
            try {
                try (Statement s = owner.createStatement()) {
                    s.executeUpdate(statement);
                }
                return messageLog.verify(JdbcClient.create(new SingleConnectionDataSource(owner, true)));
            } finally {
                owner.rollback();
            }
        }
    }

    private String refusalOf(UUID id) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(
                "SELECT refusal FROM message_log WHERE message_id = :id AND direction = 'REFUSED'").param("id", id).query(String.class).single()));
    }

    private long count(String sql) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(sql).query(Long.class).single()));
    }
}
