package org.acogida.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.cases.Duplicates;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.reception.CaseFile;
import org.acogida.support.NotifiedFlights;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Protection on PostgreSQL: a claim is readable by the member's protection officers only and is
 * ciphertext in the database; its mark refuses every movement to the feared country, in the
 * application and in the database itself, for the person's family and for every case later found
 * to be the same person; an unaccompanied child's path cannot skip a step.
 */
@PostgresTest
class ProtectionFlowTest {

    @Autowired
    Claims claims;
    @Autowired
    Screening screening;
    @Autowired
    ChildProtection children;
    @Autowired
    Movements movements;
    @Autowired
    Duplicates duplicates;
    @Autowired
    Arrivals arrivals;
    @Autowired
    CaseFile caseFile;
    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    TwoMembers members;
    Actor officer;
    Actor caseWorker;
    Actor protection;
    Actor coordinator;

    @BeforeEach
    void guatemala() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
        protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
    }

    @Test
    void aClaimIsReadByProtectionOfficersOnlyAndStoredEncrypted() throws Exception {
        UUID person = Walkers.walkIn(arrivals, officer, "Hernández " + members.canary, "Kevin", LocalDate.of(1999, 2, 17), "HND", null);
        String account = "Amenazado por la pandilla " + members.canary;
        UUID claim = recorded(person, "HND", account, false);

        assertThat(Actors.as(protection, () -> claims.ofCase(person))).singleElement().satisfies(view -> {
            assertThat(view.account()).isEqualTo(account);
            assertThat(view.grounds()).containsExactly(ClaimGround.ORGANISED_CRIME);
            assertThat(view.status()).isEqualTo(ClaimStatus.RECORDED);
        });
        for (Role role : List.of(Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.MEMBER_COORDINATOR)) {
            assertThatThrownBy(() -> Actors.as(members.ownUsers.get(role).actor(), () -> claims.ofCase(person)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        Actor otherProtection = members.otherUsers.get(Role.PROTECTION_OFFICER).actor();
        assertThatThrownBy(() -> Actors.as(otherProtection, () -> claims.ofCase(person))).isInstanceOf(org.acogida.cases.CaseNotFound.class);
        try (var owner = PostgresDatabase.ownerConnection(); var query = owner.prepareStatement("SELECT details FROM protection_claim WHERE id = ?")) {
            query.setObject(1, claim);
            try (var row = query.executeQuery()) {
                row.next();
                assertThat(new String(row.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(members.canary);
            }
        }
    }

    @Test
    void aClaimRefusesEveryMovementToTheFearedCountryForTheFamilyToo() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, "P" + members.canary, List.of(
                new NotifiedFlights.Line("Lacayo " + members.canary, "Martha", "1985-09-04", "", "F9", false),
                new NotifiedFlights.Line("Lacayo " + members.canary, "Daniel", "2015-01-20", "", "F9", false)));
        Actors.as(officer, () -> arrivals.land(flight));
        List<UUID> family = Actors.as(officer, () -> caseFile.ofFlight(flight)).stream().map(c -> c.id()).toList();
        UUID mother = family.get(0);
        UUID son = family.get(1);
        Movements.Proposed before = Actors.as(caseWorker, () -> movements.propose(son, Movement.Kind.RETURN, "NIC", "Managua"));
        assertThat(before).isInstanceOf(Movements.Proposed.Done.class);

        Claims.Recorded recorded = Actors.as(protection, () -> claims.record(mother, new Claims.NewClaim("Nicaragua",
                Set.of(ClaimGround.POLITICAL_OPINION), "Protestas de 2018", true)));

        assertThat(recorded).isInstanceOfSatisfying(Claims.Recorded.Done.class, done -> {
            assertThat(done.casesMarked()).isEqualTo(2);
            assertThat(done.movementsCancelled()).as("the son's proposed return").isEqualTo(1);
        });
        assertThat(Actors.as(caseWorker, () -> movements.ofCase(son))).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(Movement.Status.CANCELLED));
        for (UUID person : family) {
            for (Movement.Kind kind : Movement.Kind.values()) {
                assertThat(Actors.as(coordinator, () -> movements.propose(person, kind, "NIC", null)))
                        .isInstanceOfSatisfying(Movements.Proposed.Refused.class, refused -> assertThat(refused.messageKey())
                                .isIn("movement.non-refoulement", "movement.transfer-to-member", "movement.placement-in-member"));
            }
            assertThat(Actors.as(coordinator, () -> movements.propose(person, Movement.Kind.RETURN, "CRI", null)))
                    .isInstanceOf(Movements.Proposed.Done.class);
        }
    }

    @Test
    void theDatabaseItselfRefusesAMovementToAFearedCountryWhoeverWritesIt() throws Exception {
        UUID person = Walkers.walkIn(arrivals, officer, "Joseph " + members.canary, "Wideline", LocalDate.of(1993, 6, 21), "HTI", null);
        recorded(person, "HTI", "Pandilla 400 Mawozo", false);
        try (var app = PostgresDatabase.appConnection()) {
            app.setAutoCommit(false);
            try (var scope = app.createStatement()) {
                scope.execute("SELECT set_config('acogida.member', 'GTM', true)");
            }
            try (var insert = app.prepareStatement("""
                    INSERT INTO movement (id, member_state, case_id, kind, destination_country, status, proposed_by, proposed_at)
                    VALUES (?, 'GTM', ?, 'RETURN', 'HTI', 'PROPOSED', ?, now())""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, person);
                insert.setObject(3, officer.userId());
                assertThatThrownBy(insert::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("AC001"));
            }
            app.rollback();
        }
    }

    @Test
    void aCaseFoundToBeTheSamePersonTakesTheMarkAndLosesItsMovementsThere() {
        UUID claimant = Walkers.walkIn(arrivals, officer, "Rojas " + members.canary, "Yorman", LocalDate.of(1996, 12, 1), "VEN", "V" + members.canary);
        recorded(claimant, "VEN", "Persecución política", false);
        UUID again = Walkers.walkIn(arrivals, officer, "Rojas " + members.canary, "Yorman Alexis", LocalDate.of(1996, 12, 1), "VEN", null);
        assertThat(Actors.as(caseWorker, () -> movements.propose(again, Movement.Kind.RETURN, "VEN", "Caracas")))
                .as("before anyone knows it is the same person").isInstanceOf(Movements.Proposed.Done.class);

        Duplicates.Pair pair = Actors.as(officer, () -> duplicates.of(List.of(again))).getFirst();
        Actors.as(officer, () -> duplicates.decide(pair.id(), Duplicates.Verdict.SAME_PERSON));

        assertThat(Actors.as(caseWorker, () -> movements.ofCase(again))).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(Movement.Status.CANCELLED));
        assertThat(Actors.as(caseWorker, () -> movements.propose(again, Movement.Kind.RETURN, "VEN", null)))
                .isInstanceOf(Movements.Proposed.Refused.class);
    }

    @Test
    void anUnaccompaniedChildIsHandedOverOnlyAfterTheAuthorityIsToldAndTheirInterestsAssessed() {
        UUID child = Walkers.walkIn(arrivals, officer, "Ortiz " + members.canary, "Yessenia", LocalDate.now().minusYears(14), "GTM", null);
        assertThat(Actors.as(officer, () -> screening.screen(child, Set.of("SC-UC", "HEALTH-INJURY"))))
                .isEqualTo(new Screening.Screened.Done(2, true));
        ChildPath identified = Actors.as(officer, () -> children.path(child)).orElseThrow();
        assertThat(identified.step()).isEqualTo(ChildPath.Step.IDENTIFIED);

        assertThat(Actors.as(officer, () -> children.handOver(child, identified.version(), "Tía Rosa", ChildPath.Relation.RELATIVE)))
                .isEqualTo(new ChildProtection.Stepped.Refused("step", "child.step-order"));
        ChildProtection.Stepped notified = Actors.as(officer, () -> children.notifyAuthority(child, identified.version(), "PGN, Lic. Ramírez"));
        assertThat(notified).isInstanceOf(ChildProtection.Stepped.Done.class);
        assertThat(Actors.as(officer, () -> children.notifyAuthority(child, identified.version(), "PGN")))
                .as("a second officer with the page opened before").isInstanceOf(ChildProtection.Stepped.Conflict.class);
        ChildPath now = ((ChildProtection.Stepped.Done) notified).path();
        ChildPath assessed = ((ChildProtection.Stepped.Done) Actors.as(officer, () -> children.assessInterests(child, now.version()))).path();
        assertThat(Actors.as(officer, () -> children.handOver(child, assessed.version(), "Tía Rosa Ortiz, DPI 2345", ChildPath.Relation.RELATIVE)))
                .isInstanceOfSatisfying(ChildProtection.Stepped.Done.class, done -> assertThat(done.path().step()).isEqualTo(ChildPath.Step.HANDED_OVER));
    }

    @Test
    void sexualViolenceAndTortureCodesAreRecordedAndReadByProtectionOnlyAndKeptWhenOthersScreen() {
        UUID person = Walkers.walkIn(arrivals, officer, "Cruz " + members.canary, "Ana", LocalDate.of(1990, 1, 1), "HND", null);
        assertThat(Actors.as(officer, () -> screening.screen(person, Set.of("SV-VF"))))
                .isEqualTo(new Screening.Screened.Refused("codes", "screening.restricted"));
        Actors.as(protection, () -> screening.screen(person, Set.of("SV-VF", "SM-CI")));
        assertThat(Actors.as(officer, () -> screening.view(person))).satisfies(view -> {
            assertThat(view.codes()).containsExactly("SM-CI");
            assertThat(view.restrictedNotShown()).isEqualTo(1);
        });
        Actors.as(officer, () -> screening.screen(person, Set.of("SM-CI", "HEALTH-CHRONIC")));
        assertThat(Actors.as(protection, () -> screening.view(person)).codes()).containsExactly("HEALTH-CHRONIC", "SM-CI", "SV-VF");
    }

    private UUID recorded(UUID person, String country, String account, boolean family) {
        Claims.Recorded recorded = Actors.as(protection, () -> claims.record(person, new Claims.NewClaim(country, Set.of(ClaimGround.ORGANISED_CRIME),
                account, family)));
        assertThat(recorded).isInstanceOf(Claims.Recorded.Done.class);
        return ((Claims.Recorded.Done) recorded).claimId();
    }
}
