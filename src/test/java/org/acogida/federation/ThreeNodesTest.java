package org.acogida.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.PublishOptions;
import io.nats.client.impl.NatsMessage;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.federation.broker.BrokerLayout;
import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.Claims;
import org.acogida.reception.Arrivals;
import org.acogida.sharing.ConsentMethod;
import org.acogida.sharing.IncomingShare;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.ShareStatus;
import org.acogida.sharing.Sharing;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Cases;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.cases.Traces;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.WalkIn;
import org.acogida.sharing.Relationship;
import org.acogida.sharing.Sought;
import org.acogida.reporting.MonthlyReturn;
import org.acogida.reporting.Returns;
import org.acogida.reporting.SecretariatView;
import org.acogida.support.Eventually;
import org.acogida.support.MemberNode;
import org.acogida.support.NatsServerProcess;
import org.acogida.support.RequiresNatsServer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three nodes on loopback, as the coalition would run them: Guatemala's, Mexico's, and the
 * secretariat's hosting Honduras and El Salvador; each with its own PostgreSQL database and keys,
 * its members' own NATS credentials, and a NATS server started for the test. A case offered by
 * Guatemala reaches Mexico's coordinator as a profile without names, and only acceptance brings
 * the person; a rejection and a withdrawn consent travel back and forth the same way. A transfer
 * opens the case at Mexico's node with its marks; a tracing request is answered by Mexico's own
 * search, with a match and without, and connects the two cases once both coordinators agree. Forged,
 * misdirected and replayed letters put on the broker are refused and logged by the node they reach.
 */
@Tag("postgres")
@ExtendWith({RequiresPostgres.class, RequiresNatsServer.class})
class ThreeNodesTest {

    static final List<String> MEMBERS = List.of("GTM", "MEX", "HND", "SLV");
    static final Duration DELIVERY = Duration.ofSeconds(20);

    @TempDir
    static Path directory;
    static NatsServerProcess nats;
    static MemberNode guatemala;
    static MemberNode mexico;
    static MemberNode secretariat;
    static TwoMembers gtm;
    static TwoMembers mex;

    @BeforeAll
    static void federation() throws Exception {
        nats = NatsServerProcess.start(new BrokerLayout(MEMBERS));
        new org.acogida.federation.broker.BrokerSetup(nats.layout()).apply(nats.url(), nats.operatorPassword());
        Path trustList = directory.resolve("trust-list.json");
        guatemala = node("guatemala", List.of("GTM"), trustList);
        mexico = node("mexico", List.of("MEX"), trustList);
        secretariat = MemberNode.start(MemberNode.Setup.secretariat("secretariat", List.of("HND", "SLV"), nats, directory, trustList));
        for (MemberNode node : List.of(guatemala, mexico, secretariat)) {
            for (String member : MEMBERS) {
                Actors.asSystem("test: the coalition", () -> node.bean(Countries.class).admit(member, LocalDate.of(2025, 3, 1)));
            }
        }
        List<MemberKeys> keys = new java.util.ArrayList<>();
        for (MemberNode node : List.of(guatemala, mexico, secretariat)) {
            node.setup.members().forEach(member -> keys.add(node.bean(Federation.class).publicKeysOf(member)));
        }
        Files.writeString(trustList, guatemala.bean(JsonMapper.class).writeValueAsString(new TrustedKeys.TrustListFile(keys)));
        gtm = TwoMembers.create(guatemala.bean(Countries.class), guatemala.bean(Localities.class), guatemala.bean(Users.class), "GTM", "HND");
        mex = TwoMembers.create(mexico.bean(Countries.class), mexico.bean(Localities.class), mexico.bean(Users.class), "MEX", "HND");
    }

    static MemberNode node(String name, List<String> members, Path trustList) {
        return MemberNode.start(MemberNode.Setup.of(name, members, nats, directory, trustList));
    }

    @AfterAll
    static void stop() {
        for (MemberNode node : new MemberNode[] {guatemala, mexico, secretariat}) {
            if (node != null) {
                node.close();
            }
        }
        if (nats != null) {
            nats.close();
        }
    }

    @Test
    void anOfferCrossesAsAProfileAndOnlyAcceptanceBringsThePerson() {
        String lastNames = "Ajpop " + gtm.canary;
        String account = "Account " + UUID.randomUUID();
        UUID person = walkIn(lastNames);
        Actors.as(gtm.ownUsers.get(Role.PROTECTION_OFFICER).actor(), () -> guatemala.bean(Claims.class).record(person,
                new Claims.NewClaim("HND", Set.of(ClaimGround.ORGANISED_CRIME), account, false)));
        OutgoingShare offered = offer(person);

        IncomingShare arrived = incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.OFFERED);
        assertThat(arrived.sender()).isEqualTo("GTM");
        assertThat(arrived.profile().mustNotBeSentTo()).containsExactly("HND");
        assertThat(arrived.disclosure()).isNull();
        assertThat(rows(mexico, "SELECT * FROM incoming_share") + rows(mexico, "SELECT * FROM message_log"))
                .as("Mexico's database before accepting").doesNotContain(lastNames).doesNotContain(account);

        Actor coordinator = mex.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        assertThat(Actors.as(coordinator, () -> mexico.bean(Sharing.class).accept(offered.id(), arrived.version())))
                .isInstanceOf(Sharing.Decided.Done.class);

        IncomingShare disclosed = incomingAtMexico(offered.id(), s -> s.disclosure() != null);
        assertThat(disclosed.disclosure().people()).extracting(p -> p.lastNames()).containsExactly(lastNames);
        assertThat(outgoingAtGuatemala(person, offered.id(), s -> s.status() == ShareStatus.ACCEPTED).status()).isEqualTo(ShareStatus.ACCEPTED);
        assertThat(rows(mexico, "SELECT * FROM incoming_share") + rows(mexico, "SELECT * FROM message_log")
                + rows(secretariat, "SELECT * FROM message_log")).as("a claim's account never crosses").doesNotContain(account);
        assertThat(rows(secretariat, "SELECT * FROM incoming_share")).as("the secretariat's members were not concerned").doesNotContain(offered.id().toString());
        assertThat(nats.log()).doesNotContain(lastNames);
        for (MemberNode node : List.of(guatemala, mexico)) {
            assertThat(node.bean(Federation.class).verifyLog().problems()).as(node.setup.name() + "'s message log").isEmpty();
        }
    }

    @Test
    void aTransferOpensTheCaseAtTheOtherNodeWithItsMarksAndLeavesARecordOnlyAtHome() {
        String lastNames = "Traslado " + gtm.canary;
        UUID person = walkIn(lastNames);
        Actors.as(gtm.ownUsers.get(Role.PROTECTION_OFFICER).actor(), () -> guatemala.bean(Claims.class).record(person,
                new Claims.NewClaim("SLV", Set.of(ClaimGround.ORGANISED_CRIME), "Account " + gtm.canary, false)));
        OutgoingShare offered = offer(person, Purpose.TRANSFER);
        IncomingShare arrived = incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.OFFERED);
        Actor coordinator = mex.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        assertThat(Actors.as(coordinator, () -> mexico.bean(Sharing.class).accept(offered.id(), arrived.version(), "MX-TIJ")))
                .isInstanceOf(Sharing.Decided.Done.class);

        UUID opened = incomingAtMexico(offered.id(), s -> s.openedCaseId() != null).openedCaseId();
        Actor mexicoWorker = mex.ownUsers.get(Role.CASE_WORKER).actor();
        assertThat(Actors.as(mexicoWorker, () -> mexico.bean(Cases.class).find(opened)).identity().lastNames()).isEqualTo(lastNames);
        assertThat(Actors.as(mexicoWorker, () -> mexico.bean(Claims.class).marks(opened))).extracting(m -> m.country()).containsExactly("SLV");
        assertThat(Actors.as(mexicoWorker, () -> mexico.bean(Movements.class).propose(opened, Movement.Kind.RETURN, "SLV", "San Salvador")))
                .isInstanceOf(Movements.Proposed.Refused.class);
        assertThat(Actors.as(gtm.ownUsers.get(Role.CASE_WORKER).actor(), () -> guatemala.bean(Cases.class).find(person)).status())
                .isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(rows(mexico, "SELECT * FROM protection_claim") + rows(mexico, "SELECT * FROM message_log")).doesNotContain("Account " + gtm.canary);
        assertThat(rows(mexico, "SELECT COUNT(*) AS n FROM person_case WHERE last_names = '" + lastNames + "'")).as("opened once").contains("1");
    }

    @Test
    void aTracingRequestIsAnsweredByMexicosOwnSearchWithAMatchAndWithout() {
        Actor mexicoOfficer = mex.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        String sibling = "Hermano " + gtm.canary;
        Arrivals.WalkInResult registered = Actors.as(mexicoOfficer, () -> mexico.bean(Arrivals.class).registerWalkIn(new WalkIn("MX-TIJ",
                ArrivalKind.WALK_IN, sibling, "Tomás", LocalDate.of(1991, 2, 3), "M", "GTM", "", "", false)));
        UUID brother = ((Arrivals.WalkInResult.Registered) registered).caseId();
        UUID person = walkIn("Buscadora " + gtm.canary);

        OutgoingShare found = trace(person, new Sought(sibling, "Tomás", LocalDate.of(1991, 2, 3), "M", "GTM", Relationship.SIBLING));
        OutgoingShare notFound = trace(person, new Sought("Nadie " + gtm.canary, "Ninguna", null, "F", null, Relationship.CHILD));
        assertThat(outgoingAtGuatemala(person, found.id(), s -> s.match() != null).match()).isEqualTo(Traces.Level.YES);
        assertThat(outgoingAtGuatemala(person, notFound.id(), s -> s.match() != null).match()).isEqualTo(Traces.Level.NO);
        IncomingShare request = incomingAtMexico(found.id(), s -> true);
        assertThat(request.matchedCaseId()).isEqualTo(brother);
        assertThat(rows(mexico, "SELECT * FROM incoming_share") + rows(mexico, "SELECT * FROM message_log"))
                .as("Mexico keeps the answer, not who was sought nor who asks").doesNotContain("Ninguna").doesNotContain("Buscadora");

        Actor coordinator = mex.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        Actors.as(coordinator, () -> mexico.bean(Sharing.class).accept(found.id(), request.version()));
        OutgoingShare accepted = outgoingAtGuatemala(person, found.id(), s -> s.status() == ShareStatus.ACCEPTED);
        assertThat(accepted.found()).isNull();
        Actors.as(gtm.ownUsers.get(Role.MEMBER_COORDINATOR).actor(), () -> guatemala.bean(Sharing.class).agree(found.id(), accepted.version()));
        assertThat(outgoingAtGuatemala(person, found.id(), s -> s.found() != null).found().people()).extracting(p -> p.lastNames())
                .containsExactly(sibling);
        assertThat(incomingAtMexico(found.id(), s -> s.disclosure() != null).disclosure().people()).extracting(p -> p.lastNames())
                .containsExactly("Buscadora " + gtm.canary);
    }

    @Test
    void eachMembersMonthlyReturnReachesTheSecretariatsNodeSuppressedAndOnlyThere() {
        for (int i = 0; i < 6; i++) {
            walkIn("Cuenta " + gtm.canary + " " + i);
        }
        YearMonth month = YearMonth.now(java.time.ZoneOffset.UTC);
        MonthlyReturn sent = guatemala.bean(Returns.class).send("GTM", month, true).orElseThrow();
        mexico.bean(Returns.class).send("MEX", month, true).orElseThrow();
        Actor analyst = org.acogida.support.TwoMembers.create(secretariat.bean(Countries.class), secretariat.bean(Localities.class),
                secretariat.bean(Users.class), "HND", "SLV").analyst.actor();
        List<MonthlyReturn> received = Eventually.until("both returns at the secretariat's node", DELIVERY,
                () -> Actors.as(analyst, () -> secretariat.bean(SecretariatView.class).returnsOf(month.toString())),
                returns -> returns.stream().map(MonthlyReturn::member).toList().containsAll(List.of("GTM", "MEX")));
        assertThat(received).filteredOn(r -> r.member().equals("GTM")).singleElement()
                .satisfies(r -> assertThat(r.withoutTime()).isEqualTo(sent.withoutTime()));
        assertThat(received).allSatisfy(r -> assertThat(r.publishedCounts()).allMatch(count -> count == 0 || count >= 5));
        assertThat(rows(mexico, "SELECT * FROM received_return")).as("only the secretariat's node receives returns").isEqualTo("[]");
        assertThat(rows(secretariat, "SELECT content FROM received_return")).doesNotContain(gtm.canary);
    }

    @Test
    void aRejectionTravelsBackWithItsReason() {
        OutgoingShare offered = offer(walkIn("Rechazo " + gtm.canary));
        IncomingShare arrived = incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.OFFERED);
        Actors.as(mex.ownUsers.get(Role.MEMBER_COORDINATOR).actor(), () -> mexico.bean(Sharing.class).reject(offered.id(), arrived.version(),
                "No capacity in the north this month"));
        OutgoingShare rejected = outgoingAtGuatemala(offered.caseId(), offered.id(), s -> s.status() == ShareStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("No capacity in the north this month");
    }

    @Test
    void aWithdrawnConsentRevokesTheOfferAtTheOtherNode() {
        OutgoingShare offered = offer(walkIn("Retiro " + gtm.canary));
        incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.OFFERED);
        Actors.as(gtm.ownUsers.get(Role.CASE_WORKER).actor(), () -> guatemala.bean(Sharing.class).withdraw(offered.consentId()));
        IncomingShare revoked = incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.REVOKED);
        assertThat(revoked.profile()).as("what had crossed is erased").isNull();
    }

    @Test
    void forgedMisdirectedAndReplayedLettersOnTheBrokerAreRefusedAndLogged() throws Exception {
        OutgoingShare offered = offer(walkIn("Replay " + gtm.canary));
        incomingAtMexico(offered.id(), s -> s.status() == ShareStatus.OFFERED);
        String envelope = Actors.asSystem("test: inspect", () -> mexico.bean(TransactionTemplate.class).execute(s -> mexico.bean(JdbcClient.class)
                .sql("SELECT envelope FROM message_log WHERE direction = 'RECEIVED' AND message_id = (SELECT message_id FROM sharing_inbox "
                        + "WHERE share_id = :share AND kind = 'OFFER')").param("share", offered.id()).query(String.class).single()));
        Map<String, String> wire = guatemala.bean(JsonMapper.class).readValue(envelope, Map.class);

        try (Connection asGuatemala = Nats.connect(nats.memberOptions("GTM").build())) {
            publish(asGuatemala, "acogida.to.MEX", envelope);
            String forgedSender = envelope.replace("\"from\":\"GTM\"", "\"from\":\"HND\"").replace(wire.get("id"), UUID.randomUUID().toString());
            publish(asGuatemala, "acogida.to.MEX", forgedSender);
            String notHosted = envelope.replace("\"to\":\"MEX\"", "\"to\":\"SLV\"");
            publish(asGuatemala, "acogida.to.MEX", notHosted);
            String misdirected = envelope.replace("\"to\":\"MEX\"", "\"to\":\"HND\"");
            publish(asGuatemala, "acogida.to.SLV", misdirected);
            publish(asGuatemala, "acogida.to.MEX", "not an envelope");
        }

        UUID id = UUID.fromString(wire.get("id"));
        Eventually.until("Mexico's node to log the replay, the forged sender and what it does not host", DELIVERY,
                () -> refusals(mexico), r -> r.contains(id + " DUPLICATE") && r.contains("BAD_SIGNATURE") && r.contains("NOT_HOSTED")
                        && r.contains("MALFORMED"));
        Eventually.until("the secretariat's node to log the letter for HND that came the way of SLV", DELIVERY,
                () -> refusals(secretariat), r -> r.contains(id + " WRONG_SUBJECT"));
        assertThat(rows(mexico, "SELECT COUNT(*) FROM incoming_share WHERE id = '" + offered.id() + "'")).contains("1");
        assertThat(rows(secretariat, "SELECT COUNT(*) FROM incoming_share")).contains("0");
    }

    private static void publish(Connection connection, String subject, String body) throws Exception {
        connection.jetStream().publish(NatsMessage.builder().subject(subject).data(body.getBytes(StandardCharsets.UTF_8)).build(),
                PublishOptions.builder().messageId(UUID.randomUUID().toString()).build());
    }

    private static String refusals(MemberNode node) {
        return rows(node, "SELECT message_id, refusal FROM message_log WHERE direction = 'REFUSED'").replace("MESSAGE_ID=", "")
                .replace(", REFUSAL=", " ").replace("message_id=", "").replace(", refusal=", " ");
    }

    private static UUID walkIn(String lastNames) {
        return Walkers.walkIn(guatemala.bean(Arrivals.class), gtm.ownUsers.get(Role.RECEPTION_OFFICER).actor(), lastNames, "Rosa",
                LocalDate.of(1994, 4, 9), "GTM", null);
    }

    private static OutgoingShare offer(UUID person) {
        return offer(person, Purpose.PLACEMENT);
    }

    private static OutgoingShare offer(UUID person, Purpose purpose) {
        return offered(person, new Sharing.NewOffer(purpose, "MEX", ConsentMethod.SIGNED, "es", null));
    }

    private static OutgoingShare trace(UUID person, Sought sought) {
        return offered(person, new Sharing.NewOffer(Purpose.TRACING, "MEX", ConsentMethod.SIGNED, "es", null, null, sought));
    }

    private static OutgoingShare offered(UUID person, Sharing.NewOffer offer) {
        Sharing.Offered offered = Actors.as(gtm.ownUsers.get(Role.CASE_WORKER).actor(), () -> guatemala.bean(Sharing.class).offer(person, offer));
        assertThat(offered).isInstanceOf(Sharing.Offered.Done.class);
        return ((Sharing.Offered.Done) offered).share();
    }

    private static IncomingShare incomingAtMexico(UUID share, java.util.function.Predicate<IncomingShare> holds) {
        Actor coordinator = mex.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        return Eventually.until("share " + share + " at Mexico's node", DELIVERY,
                () -> Actors.as(coordinator, () -> mexico.bean(Sharing.class).incoming()).stream().filter(s -> s.id().equals(share)).findFirst()
                        .map(s -> Actors.as(coordinator, () -> mexico.bean(Sharing.class).incoming(share))).orElse(null),
                s -> s != null && holds.test(s));
    }

    private static OutgoingShare outgoingAtGuatemala(UUID person, UUID share, java.util.function.Predicate<OutgoingShare> holds) {
        Actor worker = gtm.ownUsers.get(Role.CASE_WORKER).actor();
        return Eventually.until("share " + share + " at Guatemala's node", DELIVERY,
                () -> Actors.as(worker, () -> guatemala.bean(Sharing.class).sharesOf(person)).stream().filter(s -> s.id().equals(share))
                        .findFirst().orElse(null), s -> s != null && holds.test(s));
    }

    private static String rows(MemberNode node, String sql) {
        return Actors.asSystem("test: inspect", () -> node.bean(TransactionTemplate.class).execute(s ->
                node.bean(JdbcClient.class).sql(sql).query().listOfRows().toString()));
    }
}
