package org.acogida.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.cases.PersonDetails;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.Claims;
import org.acogida.protection.Screening;
import org.acogida.reception.Arrivals;
import org.acogida.reception.Registration;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing a case for placement between two members on one node, on PostgreSQL: consent first, a
 * pseudonymised profile until the other member's coordinator accepts, the person's record after,
 * a reason for a rejection, and a withdrawn consent erasing what crossed. A claim's account and
 * violence or torture codes never reach the other member, and a letter delivered twice is read once.
 */
@PostgresTest
class SharingFlowTest {

    @Autowired
    Sharing sharing;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Registration registration;
    @Autowired
    Screening screening;
    @Autowired
    Claims claims;
    @Autowired
    org.acogida.federation.internal.Inbound inbound;
    @Autowired
    org.acogida.federation.Federation federation;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    TwoMembers members;
    Actor caseWorker;
    Actor protection;
    Actor mexicoCoordinator;
    String account;
    UUID person;

    @BeforeEach
    void aRegisteredScreenedPersonWithAClaim() {
        members = TwoMembers.create(countries, localities, users, "GTM", "MEX");
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
        protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        mexicoCoordinator = members.otherUsers.get(Role.MEMBER_COORDINATOR).actor();
        person = Walkers.walkIn(arrivals, officer, "Tobar " + members.canary, "Yesenia", LocalDate.of(1993, 6, 2), "VEN", "V" + members.canary);
        Registration.Current current = Actors.as(officer, () -> registration.current(person));
        PersonDetails d = current.details();
        Actors.as(officer, () -> registration.save(person, current.receptionCase().version(), new PersonDetails(d.lastNames(), d.firstNames(), null,
                d.dateOfBirth(), d.sex(), d.nationality(), "PASSPORT", d.documentNumber(), null, null, null, "+502 5555 0101", null, null, null,
                List.of("es", "en"), "3", "52", null, null)));
        Actors.as(protection, () -> screening.screen(person, Set.of("SM-CI", "SV-VA", "HEALTH-CHRONIC")));
        account = "Me buscan por denunciar " + members.canary;
        Actors.as(protection, () -> claims.record(person, new Claims.NewClaim("Venezuela", Set.of(ClaimGround.POLITICAL_OPINION), account, false)));
    }

    @Test
    void theOtherMemberSeesAPseudonymisedProfileUntilItAcceptsThenThePersonAndNeverTheClaim() {
        OutgoingShare offered = offer(ConsentMethod.SIGNED, null);
        assertThat(offered.status()).isEqualTo(ShareStatus.OFFERED);

        IncomingShare seen = Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id()));
        assertThat(seen.reference()).isEqualTo(offered.reference()).matches("SH-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(seen.sender()).isEqualTo("GTM");
        assertThat(seen.disclosure()).isNull();
        PlacementProfile profile = seen.profile();
        assertThat(profile.members()).containsExactly(new PlacementProfile.Member("25-39", "F"));
        assertThat(profile.languages()).containsExactly("es", "en");
        assertThat(profile.education()).isEqualTo("3");
        assertThat(profile.occupationGroup()).isEqualTo("5");
        assertThat(profile.needs()).as("categories, never violence or torture").containsExactlyInAnyOrder("SM", "HEALTH");
        assertThat(profile.mustNotBeSentTo()).containsExactly("VEN");
        assertThat(rowOf("incoming_share", offered.id())).doesNotContain(members.canary).doesNotContain("Yesenia");

        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(offered.id(), seen.version()))).isInstanceOf(Sharing.Decided.Done.class);

        IncomingShare accepted = Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id()));
        assertThat(accepted.status()).isEqualTo(ShareStatus.ACCEPTED);
        assertThat(accepted.disclosure().people()).singleElement().satisfies(p -> {
            assertThat(p.lastNames()).isEqualTo("Tobar " + members.canary);
            assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1993, 6, 2));
        });
        assertThat(accepted.disclosure().phone()).isEqualTo("+502 5555 0101");
        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person))).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ShareStatus.ACCEPTED));
        assertThat(rowOf("incoming_share", offered.id()) + rowsOf("sharing_outbox", "GTM") + rowsOf("event_publication", null))
                .as("what crossed, and the letters").doesNotContain(account).doesNotContain("SV-VA");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_id = '" + person + "' AND record_member = 'GTM'"))
                .as("the sender audits what left").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'incoming_share' AND record_id = '" + offered.id()
                + "' AND record_member = 'MEX'")).as("the recipient audits receiving, accepting, the record arriving and reading it").isEqualTo(4);
    }

    @Test
    void aRejectionGoesBackWithItsReasonAndRevealsNothing() {
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.VERBAL_WITNESSED,
                "es", null, " ")))).as("consent given aloud names its witness").isEqualTo(new Sharing.Offered.Refused("witness", "sharing.refused.witness"));
        OutgoingShare offered = offer(ConsentMethod.VERBAL_WITNESSED, null);
        assertThat(Actors.as(caseWorker, () -> sharing.consentsOf(person)).getFirst().witness()).isEqualTo("Lic. Ana Pérez, trabajadora social");
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.reject(offered.id(), 0, " "))).as("a rejection needs a reason")
                .isEqualTo(new Sharing.Decided.Refused("reason", "sharing.refused.reason"));
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.reject(offered.id(), 0, "Sin plazas en Tapachula este mes")))
                .isInstanceOf(Sharing.Decided.Done.class);
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(offered.id(), 0))).as("decided once")
                .isInstanceOf(Sharing.Decided.Conflict.class);

        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person))).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ShareStatus.REJECTED);
            assertThat(s.decisionReason()).isEqualTo("Sin plazas en Tapachula este mes");
        });
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id())).disclosure()).isNull();
    }

    @Test
    void withdrawingConsentRevokesTheOfferAndErasesWhatCrossedEvenAfterAcceptance() {
        OutgoingShare before = offer(ConsentMethod.SIGNED, null);
        assertThat(Actors.as(caseWorker, () -> sharing.withdraw(before.consentId()))).isTrue();
        assertThat(Actors.as(caseWorker, () -> sharing.withdraw(before.consentId()))).as("once").isFalse();
        IncomingShare revoked = Actors.as(mexicoCoordinator, () -> sharing.incoming(before.id()));
        assertThat(revoked.status()).isEqualTo(ShareStatus.REVOKED);
        assertThat(revoked.profile()).isNull();
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(before.id(), revoked.version()))).isInstanceOf(Sharing.Decided.Conflict.class);

        OutgoingShare after = offer(ConsentMethod.SIGNED, null);
        Actors.as(mexicoCoordinator, () -> sharing.accept(after.id(), 0));
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(after.id())).disclosure()).isNotNull();
        Actors.as(caseWorker, () -> sharing.withdraw(after.consentId()));
        IncomingShare erased = Actors.as(mexicoCoordinator, () -> sharing.incoming(after.id()));
        assertThat(erased.status()).isEqualTo(ShareStatus.REVOKED);
        assertThat(erased.disclosure()).isNull();
        assertThat(rowOf("incoming_share", after.id()) + rowOf("incoming_share", before.id())).doesNotContain("Tobar").doesNotContain("VEN");
    }

    @Test
    void aChildIsSharedOnADocumentedLegalBasisNotOnTheirSignature() {
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        UUID child = Walkers.walkIn(arrivals, officer, "Tobar " + members.canary, "Luis", LocalDate.now().minusYears(9), "VEN", null);
        Sharing.NewOffer signed = new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.SIGNED, "es", null);
        assertThat(Actors.as(caseWorker, () -> sharing.offer(child, signed)))
                .isEqualTo(new Sharing.Offered.Refused("method", "sharing.refused.child-needs-legal-basis"));
        Sharing.NewOffer onLegalBasis = new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.LEGAL_BASIS, "es",
                "Resolución de la Procuraduría de la Niñez 2026-114");
        assertThat(Actors.as(caseWorker, () -> sharing.offer(child, onLegalBasis))).isInstanceOf(Sharing.Offered.Done.class);
        assertThat(Actors.as(caseWorker, () -> sharing.consentsOf(child))).singleElement()
                .satisfies(c -> assertThat(c.legalBasis()).isEqualTo("Resolución de la Procuraduría de la Niñez 2026-114"));
    }

    @Test
    void badOffersAreRefusedOnTheirFieldAndChangeNothing() {
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "GTM", ConsentMethod.SIGNED, "es",
                null)))).isEqualTo(new Sharing.Offered.Refused("recipient", "sharing.refused.recipient"));
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.SIGNED, "xx",
                null)))).isEqualTo(new Sharing.Offered.Refused("language", "sharing.refused.language"));
        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person))).isEmpty();
        offer(ConsentMethod.SIGNED, null);
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.SIGNED, "es",
                null)))).as("one open share per member and purpose").isEqualTo(new Sharing.Offered.Refused("recipient", "sharing.refused.already-shared"));
    }

    @Test
    void onlyTheRecipientsCoordinatorSeesWhatWasOfferedToIt() {
        OutgoingShare offered = offer(ConsentMethod.SIGNED, null);
        assertThat(Actors.as(members.ownUsers.get(Role.MEMBER_COORDINATOR).actor(), () -> sharing.incoming()))
                .noneSatisfy(s -> assertThat(s.id()).isEqualTo(offered.id()));
        assertThatThrownBy(() -> Actors.as(members.otherUsers.get(Role.CASE_WORKER).actor(), () -> sharing.incoming()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.outgoing())).noneSatisfy(s -> assertThat(s.id()).isEqualTo(offered.id()));
        assertThatThrownBy(() -> Actors.as(mexicoCoordinator, () -> sharing.sharesOf(person))).as("the case stays Guatemala's")
                .isInstanceOf(org.acogida.cases.CaseNotFound.class);
    }

    @Test
    void aLetterThatArrivesAgainIsReadOnceAndLoggedAsADuplicate() {
        OutgoingShare offered = offer(ConsentMethod.SIGNED, null);
        UUID messageId = Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(
                "SELECT message_id FROM sharing_outbox WHERE share_id = :id AND kind = 'OFFER'").param("id", offered.id()).query(UUID.class).single()));
        String envelope = Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(
                "SELECT envelope FROM message_log WHERE message_id = :id AND direction = 'RECEIVED'").param("id", messageId).query(String.class).single()));

        assertThat(inbound.arrive(envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8), "MEX"))
                .isEqualTo(org.acogida.federation.internal.Inbound.Outcome.DUPLICATE);

        assertThat(count("SELECT COUNT(*) FROM incoming_share WHERE id = '" + offered.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sharing_inbox WHERE message_id = '" + messageId + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM message_log WHERE message_id = '" + messageId + "' AND refusal = 'DUPLICATE'")).isEqualTo(1);
    }

    @Test
    void onlyTheOtherPartyToAShareCanDecideDiscloseOrRevokeIt() {
        Actors.asSystem("test", () -> countries.admit("HND", LocalDate.of(2025, 3, 1)));
        OutgoingShare offered = offer(ConsentMethod.SIGNED, null);
        UUID acceptance = UUID.randomUUID();
        federation.send(letter(acceptance, "sharing.DECISION", "HND", "GTM", offered.id(), "{\"accepted\":true,\"reason\":null}"));
        UUID revocation = UUID.randomUUID();
        federation.send(letter(revocation, "sharing.REVOCATION", "HND", "MEX", offered.id(), "{}"));

        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person)).getFirst().status()).as("an acceptance forged by a third member")
                .isEqualTo(ShareStatus.OFFERED);
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id())).status()).as("a revocation by a third member")
                .isEqualTo(ShareStatus.OFFERED);
        assertThat(count("SELECT COUNT(*) FROM message_log WHERE refusal = 'NOT_A_PARTY' AND message_id IN ('" + acceptance + "', '" + revocation
                + "')")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_id = '" + person + "'"))
                .as("nothing was disclosed").isZero();
    }

    @Test
    void aRevocationThatOvertakesItsOfferLeavesTheShareRevokedAndAnUnreadableLetterIsRefused() {
        UUID share = UUID.randomUUID();
        federation.send(letter(UUID.randomUUID(), "sharing.REVOCATION", "GTM", "MEX", share, "{}"));
        federation.send(letter(UUID.randomUUID(), "sharing.OFFER", "GTM", "MEX", share,
                "{\"purpose\":\"PLACEMENT\",\"reference\":\"SH-LATE-0FF3\",\"profile\":{\"members\":[],\"languages\":[],"
                        + "\"needs\":[],\"mustNotBeSentTo\":[]}}"));
        IncomingShare late = Actors.as(mexicoCoordinator, () -> sharing.incoming(share));
        assertThat(late.status()).isEqualTo(ShareStatus.REVOKED);
        assertThat(late.profile()).isNull();

        UUID garbled = UUID.randomUUID();
        federation.send(new org.acogida.federation.Letter(garbled, "sharing.OFFER", "GTM", "MEX", java.time.Instant.now(),
                "not what an offer is".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(count("SELECT COUNT(*) FROM message_log WHERE refusal = 'UNREADABLE_CONTENT' AND message_id = '" + garbled + "'")).isEqualTo(1);
    }

    private org.acogida.federation.Letter letter(UUID id, String kind, String from, String to, UUID share, String payload) {
        String content = "{\"shareId\":\"" + share + "\",\"payload\":\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return new org.acogida.federation.Letter(id, kind, from, to, java.time.Instant.now(), content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private OutgoingShare offer(ConsentMethod method, String legalBasis) {
        String witness = method == ConsentMethod.VERBAL_WITNESSED ? "Lic. Ana Pérez, trabajadora social" : null;
        Sharing.Offered offered = Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", method, "es",
                legalBasis, witness)));
        assertThat(offered).isInstanceOf(Sharing.Offered.Done.class);
        return ((Sharing.Offered.Done) offered).share();
    }

    /** Every row of a table as text, as the owner reads it (for one member, or all). */
    private String rowsOf(String table, String member) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> (member == null
                ? jdbc.sql("SELECT * FROM " + table) : jdbc.sql("SELECT * FROM " + table + " WHERE member_state = :m").param("m", member))
                .query().listOfRows().toString()));
    }

    private String rowOf(String table, UUID id) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql("SELECT * FROM " + table + " WHERE id = :id")
                .param("id", id).query().listOfRows().toString()));
    }

    private long count(String sql) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(sql).query(Long.class).single()));
    }
}
