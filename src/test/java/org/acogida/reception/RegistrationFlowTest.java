package org.acogida.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.acogida.access.Users;
import org.acogida.cases.PersonDetails;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.identity.MachineReadableZone;
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
 * Registration on PostgreSQL: an identity read from a passport's zone is saved and audited; a
 * stale edit is refused with what changed meanwhile; sixteen officers editing one case at once
 * lose nothing; bad input changes nothing.
 */
@PostgresTest
class RegistrationFlowTest {

    @Autowired
    Registration registration;
    @Autowired
    CheckInDesk desk;
    @Autowired
    Arrivals arrivals;
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
    Actor officer;
    Actor caseWorker;
    UUID person;

    @BeforeEach
    void aPersonAtTheDesk() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
        person = Walkers.walkIn(arrivals, officer, "Eriksson " + members.canary, "Ana", null, "SWE", null);
    }

    @Test
    void anIdentityReadFromAPassportZoneIsSavedOnceWithItsTimelineAndAudit() {
        var zone = (MachineReadableZone.Result.Read) MachineReadableZone.read("""
                P<GTMERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
                L898902C36GTM7408122F1204159ZE184226B<<<<<10""", LocalDate.of(2026, 11, 29));
        Registration.Current current = Actors.as(officer, () -> registration.current(person));
        PersonDetails typed = fromZone(current.details(), zone.reading(), List.of("es", "quc"));

        Registration.Saved saved = Actors.as(officer, () -> registration.save(person, current.receptionCase().version(), typed));

        assertThat(saved).isInstanceOf(Registration.Saved.Done.class);
        Registration.Current after = Actors.as(officer, () -> registration.current(person));
        assertThat(after.registered()).isTrue();
        assertThat(after.receptionCase().identity().lastNames()).isEqualTo("ERIKSSON");
        assertThat(after.receptionCase().identity().documentNumber()).isEqualTo("L898902C3");
        assertThat(after.receptionCase().identity().nationality()).isEqualTo("GTM");
        assertThat(after.details().documentChecked()).isEqualTo(PersonDetails.DocumentCheck.MRZ);
        assertThat(after.details().languages()).containsExactly("es", "quc");
        assertThat(after.details().preferredLanguage()).isEqualTo("es");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UPDATE' AND record_type = 'reception_case' AND record_id = CAST(:id AS VARCHAR)", person))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_event WHERE kind = 'REGISTERED' AND case_id = :id", person)).isEqualTo(1);
    }

    @Test
    void theDeskFindsThePersonByTheNamesRegisteredNotThoseTheyArrivedWith() {
        Registration.Current opened = Actors.as(officer, () -> registration.current(person));
        PersonDetails d = opened.details();
        String corrected = "Lindqvist " + members.canary;
        assertThat(Actors.as(officer, () -> registration.save(person, opened.receptionCase().version(), new PersonDetails(corrected, "Ana",
                null, d.dateOfBirth(), d.sex(), d.nationality(), null, null, null, null, null, null, null, null, null, List.of(), null, null,
                null, null)))).isInstanceOf(Registration.Saved.Done.class);

        assertThat(Actors.as(officer, () -> desk.search(Walkers.POINT, "lindqvist ana " + members.canary)))
                .anySatisfy(found -> assertThat(found.receptionCase().id()).isEqualTo(person));
        assertThat(Actors.as(officer, () -> desk.search(Walkers.POINT, "eriksson ana " + members.canary)))
                .noneSatisfy(found -> assertThat(found.receptionCase().id()).isEqualTo(person));
    }

    @Test
    void aStaleEditIsRefusedWithWhatChangedMeanwhileAndWhoChangedIt() {
        Registration.Current opened = Actors.as(officer, () -> registration.current(person));
        PersonDetails colleagues = with(opened.details(), "+502 5555 1234", LocalDate.of(1990, 1, 2));
        assertThat(Actors.as(caseWorker, () -> registration.save(person, opened.receptionCase().version(), colleagues)))
                .isInstanceOf(Registration.Saved.Done.class);

        Registration.Saved stale = Actors.as(officer, () -> registration.save(person, opened.receptionCase().version(),
                with(opened.details(), "+502 1111 0000", null)));

        assertThat(stale).isInstanceOfSatisfying(Registration.Saved.Conflict.class, conflict -> {
            assertThat(conflict.changes()).extracting(Registration.Change::field, Registration.Change::then, Registration.Change::now)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("dateOfBirth", null, "1990-01-02"),
                            org.assertj.core.groups.Tuple.tuple("phone", null, "+502 5555 1234"));
            assertThat(conflict.latest().actorName()).isEqualTo(members.ownUsers.get(Role.CASE_WORKER).displayName());
        });
        assertThat(Actors.as(officer, () -> registration.current(person)).details().phone()).isEqualTo("+502 5555 1234");
    }

    @Test
    void sixteenOfficersEditingOneCaseAtOnceEitherSaveOrGetAConflictAndNoEditIsLost() throws Exception {
        int editors = 16;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String phone = "+502 5000 %04d".formatted(i);
            conflicts.add(pool.submit(() -> {
                start.await();
                int refused = 0;
                while (true) {
                    Registration.Current seen = Actors.as(officer, () -> registration.current(person));
                    Registration.Saved result = Actors.as(officer, () -> registration.save(person, seen.receptionCase().version(),
                            with(seen.details(), phone, null)));
                    if (result instanceof Registration.Saved.Done) {
                        return refused;
                    }
                    assertThat(result).isInstanceOf(Registration.Saved.Conflict.class);
                    refused++;
                }
            }));
        }
        int initialVersion = Actors.as(officer, () -> registration.current(person)).receptionCase().version();
        start.countDown();
        int totalConflicts = 0;
        for (Future<Integer> f : conflicts) {
            totalConflicts += f.get();
        }
        pool.shutdown();

        assertThat(totalConflicts).as("simultaneous editors were refused, not merged").isPositive();
        assertThat(Actors.as(officer, () -> registration.current(person)).receptionCase().version()).isEqualTo(initialVersion + editors);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Set<String> phones = new HashSet<>();
        for (String revision : Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc
                .sql("SELECT fields FROM case_revision WHERE case_id = :id").param("id", person).query(String.class).list()))) {
            phones.add(json.readTree(revision).get("phone").asString());
        }
        phones.add(Actors.as(officer, () -> registration.current(person)).details().phone());
        for (int i = 0; i < editors; i++) {
            assertThat(phones).as("every saved edit is in the case's history").contains("+502 5000 %04d".formatted(i));
        }
        assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = :id AND kind IN ('REGISTERED', 'REGISTRATION_CHANGED')", person))
                .isEqualTo(editors);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndChangesNothing() {
        Registration.Current opened = Actors.as(officer, () -> registration.current(person));
        PersonDetails d = opened.details();
        PersonDetails unknownCountry = new PersonDetails(d.lastNames(), d.firstNames(), null, null, "F", "Atlantis", null, null, null,
                null, null, null, null, null, null, List.of(), null, null, null, null);
        PersonDetails badEmail = new PersonDetails(d.lastNames(), d.firstNames(), null, null, "F", "SWE", null, null, null, null, null, null, "no-at-sign",
                null, null, List.of(), null, null, null, null);
        PersonDetails unknownLanguage = new PersonDetails(d.lastNames(), d.firstNames(), null, null, "F", "SWE", null, null, null, null,
                null, null, null, null, null, List.of("klingon"), null, null, null, null);
        assertThat(save(opened, unknownCountry)).isEqualTo(new Registration.Saved.Refused("nationality", "reception.walk-in.nationality"));
        assertThat(save(opened, badEmail)).isEqualTo(new Registration.Saved.Refused("email", "registration.email"));
        assertThat(save(opened, unknownLanguage)).isEqualTo(new Registration.Saved.Refused("languages", "registration.language"));
        Registration.Current after = Actors.as(officer, () -> registration.current(person));
        assertThat(after.registered()).isFalse();
        assertThat(after.receptionCase().version()).isEqualTo(opened.receptionCase().version());
    }

    private Registration.Saved save(Registration.Current opened, PersonDetails details) {
        return Actors.as(officer, () -> registration.save(person, opened.receptionCase().version(), details));
    }

    static PersonDetails with(PersonDetails d, String phone, LocalDate born) {
        return new PersonDetails(d.lastNames(), d.firstNames(), d.namesInScript(), born == null ? d.dateOfBirth() : born, d.sex(),
                d.nationality(), d.documentType(), d.documentNumber(), d.documentIssuer(), d.documentExpiresOn(), d.documentChecked(), phone,
                d.email(), d.address(), d.destination(), d.languages(), d.education(), d.occupation(), d.skills(), d.separatedFrom());
    }

    static PersonDetails fromZone(PersonDetails d, MachineReadableZone.Reading zone, List<String> languages) {
        return new PersonDetails(zone.lastNames(), zone.firstNames(), null, zone.dateOfBirth(), zone.sex(), zone.nationality(),
                zone.documentType(), zone.documentNumber(), zone.issuer(), zone.expiresOn(), PersonDetails.DocumentCheck.MRZ, "+502 5555 0000",
                null, null, "Quetzaltenango", languages, "3", "71", "albañilería", null);
    }

    private int count(String sql, UUID id) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(sql).param("id", id)
                .query(Integer.class).single()));
    }
}
