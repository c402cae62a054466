package org.acogida.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.cases.Case;
import org.acogida.cases.CaseHandedOver;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Cases;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.cases.PersonDetails;
import org.acogida.cases.Traces;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.Claims;
import org.acogida.protection.NonRefoulementMark;
import org.acogida.protection.Screening;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.ReceptionCases;
import org.acogida.reception.Registration;
import org.acogida.reception.WalkIn;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transfer, tracing and protection referral between two members on one node, on PostgreSQL. A
 * transfer hands the case over: the receiver opens its own case with the person's marks, which it
 * enforces; the sender keeps a read-only record. A tracing request is answered by a search inside
 * the receiver, and nothing crosses until both coordinators agree. A claim's account never crosses.
 */
@PostgresTest
class TransferAndTracingTest {

    @Autowired
    Sharing sharing;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Registration registration;
    @Autowired
    ReceptionCases receptionCases;
    @Autowired
    Screening screening;
    @Autowired
    Claims claims;
    @Autowired
    Cases cases;
    @Autowired
    Movements movements;
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
    Actor coordinator;
    Actor protection;
    Actor mexicoCoordinator;
    Actor mexicoCaseWorker;
    Actor mexicoOfficer;
    String account;
    UUID person;

    @BeforeEach
    void aRegisteredPersonWithAClaim() {
        members = TwoMembers.create(countries, localities, users, "GTM", "MEX");
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
        coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        mexicoCoordinator = members.otherUsers.get(Role.MEMBER_COORDINATOR).actor();
        mexicoCaseWorker = members.otherUsers.get(Role.CASE_WORKER).actor();
        mexicoOfficer = members.otherUsers.get(Role.RECEPTION_OFFICER).actor();
        person = Walkers.walkIn(arrivals, officer, "Tobar " + members.canary, "Yesenia", LocalDate.of(1993, 6, 2), "VEN", "V" + members.canary);
        Registration.Current current = Actors.as(officer, () -> registration.current(person));
        PersonDetails d = current.details();
        Actors.as(officer, () -> registration.save(person, current.receptionCase().version(), new PersonDetails(d.lastNames(), d.firstNames(), null,
                d.dateOfBirth(), d.sex(), d.nationality(), "PASSPORT", d.documentNumber(), null, null, null, "+502 5555 0101", null,
                "Barrio " + members.canary, null, List.of("es", "en"), "3", "52", null, null)));
        Actors.as(protection, () -> screening.screen(person, Set.of("SM-CI", "SV-VA")));
        account = "Me buscan por denunciar " + members.canary;
        Actors.as(protection, () -> claims.record(person, new Claims.NewClaim("Venezuela", Set.of(ClaimGround.POLITICAL_OPINION), account, false)));
    }

    @Test
    void aTransferHandsTheCaseOverWithItsMarksWhichTheReceiverEnforcesAndLeavesARecordOnlyAtHome() {
        OutgoingShare offered = offer(Purpose.TRANSFER, "MEX");
        IncomingShare seen = Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id()));
        assertThat(seen.profile().mustNotBeSentTo()).containsExactly("VEN");
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(offered.id(), seen.version(), "GT-TUM")))
                .as("the person is expected at one of the receiver's own arrival points")
                .isEqualTo(new Sharing.Decided.Refused("arrivalPoint", "sharing.refused.arrival-point"));
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(offered.id(), seen.version(), "MX-TIJ"))).isInstanceOf(Sharing.Decided.Done.class);

        IncomingShare accepted = Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id()));
        assertThat(accepted.openedCaseId()).as("the receiver opened a case of its own").isNotNull();
        UUID opened = accepted.openedCaseId();
        Case theirs = Actors.as(mexicoCaseWorker, () -> cases.find(opened));
        assertThat(theirs.memberState()).isEqualTo("MEX");
        assertThat(theirs.identity().lastNames()).isEqualTo("Tobar " + members.canary);
        assertThat(theirs.status()).isEqualTo(CaseStatus.AWAITED);
        assertThat(Actors.as(mexicoOfficer, () -> receptionCases.find(opened)).arrival()).satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ArrivalKind.TRANSFER);
            assertThat(a.arrivalPoint()).isEqualTo("MX-TIJ");
        });
        assertThat(Actors.as(mexicoCaseWorker, () -> claims.marks(opened))).extracting(NonRefoulementMark::country).containsExactly("VEN");
        assertThat(Actors.as(mexicoCaseWorker, () -> movements.propose(opened, Movement.Kind.RETURN, "VEN", "Caracas")))
                .as("the mark that travelled is enforced at the receiver as at home")
                .isEqualTo(new Movements.Proposed.Refused("destinationCountry", "movement.non-refoulement", List.of("VEN")));
        assertThat(rowsOf("case_registration", "MEX")).as("the address in the country left stays there").doesNotContain("Barrio " + members.canary);

        Case home = Actors.as(caseWorker, () -> cases.find(person));
        assertThat(home.status()).isEqualTo(CaseStatus.TRANSFERRED);
        Registration.Current current = Actors.as(caseWorker, () -> registration.current(person));
        assertThatThrownBy(() -> Actors.as(caseWorker, () -> registration.save(person, current.receptionCase().version(), current.details())))
                .as("the sender keeps a read-only record").isInstanceOf(CaseHandedOver.class);
        assertThatThrownBy(() -> Actors.as(protection, () -> screening.screen(person, Set.of("SM-CI")))).isInstanceOf(CaseHandedOver.class);
        assertThatThrownBy(() -> Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(Purpose.PLACEMENT, "HND",
                ConsentMethod.SIGNED, "es", null)))).isInstanceOf(CaseHandedOver.class);

        Actors.as(caseWorker, () -> sharing.withdraw(sharing.consentsOf(person).getFirst().id()));
        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person)).getFirst().status())
                .as("a consent withdrawn after the handover does not undo it: the record is the receiver's now").isEqualTo(ShareStatus.ACCEPTED);
        assertThat(Actors.as(mexicoCaseWorker, () -> cases.find(opened))).isNotNull();

        assertThat(rowsOf("person_case", "MEX") + rowsOf("case_registration", "MEX") + rowsOf("non_refoulement", "MEX") + rowsOf("incoming_share", "MEX")
                + rowsOf("event_publication", null)).as("a claim's account never crosses").doesNotContain(account).doesNotContain("SV-VA");
        assertThat(count("SELECT COUNT(*) FROM protection_claim WHERE case_id = '" + opened + "'")).as("no claim crossed with it").isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_id = '" + person + "' AND record_member = 'GTM'"))
                .as("the sender audits the handover").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE' AND record_type = 'reception_case' AND record_id = '" + opened + "' AND record_member = 'MEX'"))
                .as("the receiver audits the case it opened").isEqualTo(1);
    }

    @Test
    void aClaimsAccountNeverReachesTheOtherMemberForAnyPurpose() {
        UUID brother = walkInAtMexico("Tobar " + members.canary, "Yesenia", LocalDate.of(1993, 6, 2), "F", "+52 55 0000 0000");
        for (Purpose purpose : Purpose.values()) {
            UUID someone = Walkers.walkIn(arrivals, members.ownUsers.get(Role.RECEPTION_OFFICER).actor(), "Caso " + purpose + " " + members.canary,
                    "Rosa", LocalDate.of(1991, 3, 4), "VEN", null);
            Actors.as(protection, () -> claims.record(someone, new Claims.NewClaim("Venezuela", Set.of(ClaimGround.POLITICAL_OPINION), account, false)));
            Sharing.NewOffer offer = purpose == Purpose.TRACING ? tracing(new Sought("Tobar " + members.canary, "Yesenia", LocalDate.of(1993, 6, 2),
                    "F", "VEN", Relationship.SIBLING)) : new Sharing.NewOffer(purpose, "MEX", ConsentMethod.SIGNED, "es", null);
            Sharing.Offered offered = Actors.as(caseWorker, () -> sharing.offer(someone, offer));
            assertThat(offered).as(purpose.name()).isInstanceOf(Sharing.Offered.Done.class);
            UUID share = ((Sharing.Offered.Done) offered).share().id();
            IncomingShare seen = Actors.as(mexicoCoordinator, () -> sharing.incoming(share));
            assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(share, seen.version(), "MX-TIJ"))).as(purpose.name())
                    .isInstanceOf(Sharing.Decided.Done.class);
            if (purpose == Purpose.TRACING) {
                OutgoingShare asked = Actors.as(caseWorker, () -> sharing.outgoing(share));
                assertThat(Actors.as(coordinator, () -> sharing.agree(share, asked.version()))).isInstanceOf(Sharing.Agreed.Done.class);
                assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(share)).matchedCaseId()).isEqualTo(brother);
            }
            assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(share)).disclosure()).as(purpose + ": what the purpose reveals arrived")
                    .isNotNull();
        }
        assertThat(rowsOf("incoming_share", "MEX") + rowsOf("person_case", "MEX") + rowsOf("case_registration", "MEX")
                + rowsOf("non_refoulement", "MEX") + rowsOf("case_event", "MEX") + rowsOf("message_log", "MEX") + rowsOf("sharing_inbox", "MEX")
                + rowsOf("sharing_outbox", "GTM") + rowsOf("event_publication", null))
                .as("the account, in Mexico's rows and in the letters, for every purpose").doesNotContain(account);
    }

    @Test
    void noOneIsOfferedToAMemberTheyAreMarkedAgainst() {
        Actors.as(protection, () -> claims.record(person, new Claims.NewClaim("México", Set.of(ClaimGround.SOCIAL_GROUP),
                "Cartel " + members.canary, false)));
        for (Purpose purpose : List.of(Purpose.TRANSFER, Purpose.PLACEMENT, Purpose.PROTECTION_REFERRAL)) {
            assertThat(Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(purpose, "MEX", ConsentMethod.SIGNED, "es", null))))
                    .as(purpose.name()).isEqualTo(new Sharing.Offered.Refused("recipient", "sharing.refused.feared"));
        }
        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person))).isEmpty();
    }

    @Test
    void aProtectionReferralShowsNoEducationOrOccupationBeforeAcceptance() {
        OutgoingShare offered = offer(Purpose.PROTECTION_REFERRAL, "MEX");
        IncomingShare seen = Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id()));
        assertThat(seen.profile().education()).isNull();
        assertThat(seen.profile().occupationGroup()).isNull();
        assertThat(seen.profile().needs()).containsExactly("SM");
        Actors.as(mexicoCoordinator, () -> sharing.accept(offered.id(), seen.version()));
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(offered.id())).disclosure().people()).singleElement()
                .satisfies(p -> assertThat(p.firstNames()).isEqualTo("Yesenia"));
        assertThat(Actors.as(caseWorker, () -> cases.find(person)).status()).as("the case stays at home").isNotEqualTo(CaseStatus.TRANSFERRED);
    }

    @Test
    void aTracingMatchRevealsNothingUntilBothCoordinatorsAgreeThenEachLearnsWhoTheOtherIs() {
        UUID brother = walkInAtMexico("Tobar " + members.canary, "Luis Alberto", LocalDate.of(1990, 1, 15), "M", "+52 664 000 " + members.canary.substring(0, 4));
        OutgoingShare asked = trace(new Sought("Tobar " + members.canary, "Luis Alberto", LocalDate.of(1990, 1, 15), "M", "VEN", Relationship.SIBLING));
        assertThat(Actors.as(caseWorker, () -> sharing.outgoing(asked.id())).match()).as("the answer came back").isEqualTo(Traces.Level.YES);

        IncomingShare request = Actors.as(mexicoCoordinator, () -> sharing.incoming(asked.id()));
        assertThat(request.match()).isEqualTo(Traces.Level.YES);
        assertThat(request.matchedCaseId()).isEqualTo(brother);
        assertThat(request.relationship()).isEqualTo(Relationship.SIBLING);
        assertThat(request.profile()).isNull();
        assertThat(rowOf("incoming_share", asked.id())).as("the person sought is not kept by the member that searched").doesNotContain("Luis");

        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(asked.id(), request.version()))).isInstanceOf(Sharing.Decided.Done.class);
        assertThat(Actors.as(caseWorker, () -> sharing.outgoing(asked.id())).found()).as("one agreement is not enough").isNull();
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(asked.id())).disclosure()).isNull();

        OutgoingShare answered = Actors.as(caseWorker, () -> sharing.outgoing(asked.id()));
        assertThat(Actors.as(coordinator, () -> sharing.agree(asked.id(), answered.version()))).isInstanceOf(Sharing.Agreed.Done.class);
        assertThat(Actors.as(caseWorker, () -> sharing.outgoing(asked.id())).found().people()).singleElement()
                .satisfies(p -> assertThat(p.firstNames()).isEqualTo("Luis Alberto"));
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.incoming(asked.id())).disclosure().people()).singleElement()
                .satisfies(p -> assertThat(p.firstNames()).isEqualTo("Yesenia"));
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_id = '" + brother + "' AND record_member = 'MEX'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_id = '" + person + "' AND record_member = 'GTM'"))
                .isEqualTo(1);
        assertThat(rowsOf("incoming_share", "MEX") + rowsOf("outgoing_share", "GTM")).doesNotContain(account);
    }

    @Test
    void aTracingRequestKnowingOnlyABirthYearFindsAPossibleMatchAndOneForNoOneFindsNothingToConnect() {
        UUID mother = walkInAtMexico("Quispe " + members.canary, "Marta", LocalDate.of(1968, 8, 20), "F", null);
        OutgoingShare possible = trace(new Sought("Quispe " + members.canary, "Marta", LocalDate.of(1968, 1, 1), "F", null, Relationship.PARENT));
        IncomingShare request = Actors.as(mexicoCoordinator, () -> sharing.incoming(possible.id()));
        assertThat(request.match()).isEqualTo(Traces.Level.POSSIBLE);
        assertThat(request.matchedCaseId()).isEqualTo(mother);

        OutgoingShare nobody = trace(new Sought("Nadie " + members.canary, "Ninguno", null, null, null, Relationship.CHILD));
        assertThat(Actors.as(caseWorker, () -> sharing.outgoing(nobody.id())).match()).isEqualTo(Traces.Level.NO);
        IncomingShare none = Actors.as(mexicoCoordinator, () -> sharing.incoming(nobody.id()));
        assertThat(none.matchedCaseId()).isNull();
        assertThat(Actors.as(mexicoCoordinator, () -> sharing.accept(nobody.id(), none.version())))
                .isEqualTo(new Sharing.Decided.Refused("accept", "sharing.refused.nothing-to-connect"));
        OutgoingShare unanswered = Actors.as(caseWorker, () -> sharing.outgoing(nobody.id()));
        assertThat(Actors.as(coordinator, () -> sharing.agree(nobody.id(), unanswered.version()))).isInstanceOf(Sharing.Agreed.Conflict.class);
    }

    @Test
    void aTracingRequestWithoutNamesOrWithABadDateIsRefusedOnItsField() {
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, tracing(new Sought(" ", "Luis", null, null, null, Relationship.SIBLING)))))
                .isEqualTo(new Sharing.Offered.Refused("soughtLastNames", "sharing.refused.sought-names"));
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, tracing(new Sought("Tobar", "Luis", LocalDate.now().plusDays(3), null, null,
                Relationship.SIBLING))))).isEqualTo(new Sharing.Offered.Refused("soughtDateOfBirth", "sharing.refused.sought-born"));
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, tracing(new Sought("Tobar", "Luis", null, null, "Atlantis", Relationship.SIBLING)))))
                .isEqualTo(new Sharing.Offered.Refused("soughtNationality", "sharing.refused.sought-nationality"));
        assertThat(Actors.as(caseWorker, () -> sharing.offer(person, tracing(new Sought("Tobar", "Luis", null, null, null, null)))))
                .isEqualTo(new Sharing.Offered.Refused("relationship", "sharing.refused.relationship"));
        assertThat(Actors.as(caseWorker, () -> sharing.sharesOf(person))).isEmpty();
        assertThat(Actors.as(caseWorker, () -> sharing.consentsOf(person))).as("nothing is recorded for a refused request").isEmpty();
    }

    private OutgoingShare offer(Purpose purpose, String to) {
        Sharing.Offered offered = Actors.as(caseWorker, () -> sharing.offer(person, new Sharing.NewOffer(purpose, to, ConsentMethod.SIGNED, "es", null)));
        assertThat(offered).isInstanceOf(Sharing.Offered.Done.class);
        return ((Sharing.Offered.Done) offered).share();
    }

    private static Sharing.NewOffer tracing(Sought sought) {
        return new Sharing.NewOffer(Purpose.TRACING, "MEX", ConsentMethod.SIGNED, "es", null, null, sought);
    }

    private OutgoingShare trace(Sought sought) {
        Sharing.Offered offered = Actors.as(caseWorker, () -> sharing.offer(person, tracing(sought)));
        assertThat(offered).isInstanceOf(Sharing.Offered.Done.class);
        return ((Sharing.Offered.Done) offered).share();
    }

    private UUID walkInAtMexico(String lastNames, String firstNames, LocalDate born, String sex, String phone) {
        Arrivals.WalkInResult result = Actors.as(mexicoOfficer, () -> arrivals.registerWalkIn(new WalkIn("MX-TIJ", ArrivalKind.WALK_IN, lastNames,
                firstNames, born, sex, "VEN", "", "", false)));
        UUID id = ((Arrivals.WalkInResult.Registered) result).caseId();
        if (phone != null) {
            Registration.Current current = Actors.as(mexicoOfficer, () -> registration.current(id));
            PersonDetails d = current.details();
            Actors.as(mexicoOfficer, () -> registration.save(id, current.receptionCase().version(), new PersonDetails(d.lastNames(), d.firstNames(),
                    null, d.dateOfBirth(), d.sex(), d.nationality(), null, null, null, null, null, phone, null, null, null, List.of("es"), null, null,
                    null, null)));
        }
        return id;
    }

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
