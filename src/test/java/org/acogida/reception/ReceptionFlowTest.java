package org.acogida.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.acogida.access.Users;
import org.acogida.cases.CaseEvent;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.NotifiedFlights;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reception on PostgreSQL, through the services the desk's pages use: a landed flight becomes its
 * cases at once and only once, even when the connection dies half-way; the desk finds people
 * however their names are typed; a stale or concurrent edit is refused, never lost.
 */
@PostgresTest
class ReceptionFlowTest {

    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    Arrivals arrivals;
    @Autowired
    CheckInDesk desk;
    @Autowired
    CaseFile caseFile;
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
    Actor coordinator;
    Actor officer;
    Actor otherOfficer;
    String mission;

    @BeforeEach
    void guatemalaAndHonduras() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        otherOfficer = members.otherUsers.get(Role.RECEPTION_OFFICER).actor();
        mission = "R" + members.canary;
    }

    @Test
    void aLandedFlightBecomesOneCasePerPassengerOnceWithItsTimelineAndAudit() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, NotifiedFlights.people(12, members.canary));
        assertThat(Actors.as(officer, () -> arrivals.land(flight))).isEqualTo(new LandingResult.Landed(12));
        assertThat(Actors.as(officer, () -> arrivals.land(flight))).isEqualTo(new LandingResult.AlreadyLanded());

        List<ReceptionCase> cases = Actors.as(officer, () -> caseFile.ofFlight(flight));
        assertThat(cases).hasSize(12).allMatch(c -> c.checkIn() == CheckIn.EXPECTED && c.arrivalPoint().equals("GUA"));
        assertThat(cases).extracting(c -> c.arrival().passengerId()).doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE' AND record_type = 'reception_case' AND record_id IN "
                + "(SELECT CAST(case_id AS VARCHAR) FROM arrival WHERE flight_id = :f)", flight)).isEqualTo(12);
        assertThat(Actors.as(officer, () -> caseFile.open(cases.getFirst().id())).timeline())
                .extracting(CaseEvent::kind, CaseEvent::detail).containsExactly(org.assertj.core.groups.Tuple.tuple("ARRIVED_ON_FLIGHT", mission));
    }

    @Test
    void aConnectionKilledWhileTheCasesAreCreatedLeavesNoneAndLandingAgainCreatesAllOnce() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, NotifiedFlights.people(30, members.canary));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Throwable killed = null;
        try {
            Actors.as(officer, () -> transaction.execute(status -> {
                assertThat(arrivals.land(flight)).isEqualTo(new LandingResult.Landed(30));
                int backend = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                assertThat(terminateFromAnotherConnection(backend)).isTrue();
                return null;
            }));
        } catch (RuntimeException expected) {
            killed = expected;
        }
        assertThat(killed).as("the commit after the backend was killed").isNotNull();
        assertThat(count("SELECT COUNT(*) FROM arrival WHERE flight_id = :f", flight)).isZero();
        assertThat(count("SELECT COUNT(*) FROM landing WHERE flight_id = :f", flight)).isZero();

        assertThat(Actors.as(officer, () -> arrivals.land(flight))).isEqualTo(new LandingResult.Landed(30));
        assertThat(count("SELECT COUNT(*) FROM arrival WHERE flight_id = :f", flight)).isEqualTo(30);
    }

    @Test
    void theDeskFindsAPersonHoweverTheNameIsTypedAndNotAnotherMembersPeople() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, List.of(
                new NotifiedFlights.Line("GARCÍA LÓPEZ", "María José " + members.canary, "1988-04-02", "G" + members.canary, "F1", false),
                new NotifiedFlights.Line("GARCÍA LÓPEZ", "Mateo " + members.canary, "2012-09-30", "", "F1", false),
                new NotifiedFlights.Line("Tzul Ajpop", "Ixchel " + members.canary, "2009-01-15", "", "", true)));
        Actors.as(officer, () -> arrivals.land(flight));

        for (String typed : List.of("Garcia Lopez Maria " + members.canary, "lopez garcia maría " + members.canary,
                "Garsia Maria " + members.canary, "G" + members.canary.toLowerCase(), mission + "-1")) {
            List<CheckInDesk.Found> found = Actors.as(officer, () -> desk.search("GUA", typed));
            assertThat(found).as(typed).isNotEmpty();
            assertThat(found.getFirst().receptionCase().identity().firstNames()).as(typed).startsWith("María José");
        }
        ReceptionCase minor = Actors.as(officer, () -> desk.search("GUA", "Tzul Ixchel " + members.canary)).getFirst().receptionCase();
        assertThat(minor.personCase().minor()).isTrue();
        assertThat(minor.personCase().unaccompanied()).isTrue();
        ReceptionCase mother = Actors.as(officer, () -> desk.search("GUA", "Garcia Maria " + members.canary)).getFirst().receptionCase();
        assertThat(Actors.as(officer, () -> caseFile.open(mother.id())).family()).extracting(c -> c.identity().firstNames())
                .containsExactly("Mateo " + members.canary);

        assertThat(Actors.as(otherOfficer, () -> desk.search("SAP", "Garcia Lopez " + members.canary))).isEmpty();
        assertThat(Actors.as(otherOfficer, () -> desk.search("GUA", "Garcia Lopez " + members.canary))).isEmpty();
    }

    @Test
    void aNameWrittenInAnotherScriptIsFoundAsItSoundsInLatinLetters() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, List.of(
                new NotifiedFlights.Line("王", "伟 " + members.canary, "1991-03-03", "", "", false)));
        Actors.as(officer, () -> arrivals.land(flight));
        for (String typed : List.of("wang wei " + members.canary, "Wang " + members.canary, "王 伟")) {
            assertThat(Actors.as(officer, () -> desk.search("GUA", typed))).as(typed)
                    .anySatisfy(found -> assertThat(found.receptionCase().identity().lastNames()).isEqualTo("王"));
        }
    }

    @Test
    void aStaleCheckInIsRefusedWithWhatChangedAndTheFirstStands() {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, NotifiedFlights.people(1, members.canary));
        Actors.as(officer, () -> arrivals.land(flight));
        ReceptionCase seen = Actors.as(officer, () -> caseFile.ofFlight(flight)).getFirst();

        CheckInDesk.Marked first = Actors.as(officer, () -> desk.mark(seen.id(), CheckIn.PRESENT, seen.version()));
        assertThat(first).isInstanceOfSatisfying(CheckInDesk.Marked.Done.class,
                done -> assertThat(done.receptionCase().checkIn()).isEqualTo(CheckIn.PRESENT));
        CheckInDesk.Marked stale = Actors.as(coordinator, () -> desk.mark(seen.id(), CheckIn.NO_SHOW, seen.version()));
        assertThat(stale).isInstanceOfSatisfying(CheckInDesk.Marked.Conflict.class, conflict -> {
            assertThat(conflict.now().checkIn()).isEqualTo(CheckIn.PRESENT);
            assertThat(conflict.latest().kind()).isEqualTo("CHECK_IN");
            assertThat(conflict.latest().detail()).isEqualTo("PRESENT");
            assertThat(conflict.latest().actorId()).isEqualTo(officer.userId());
        });
        assertThat(Actors.as(officer, () -> caseFile.open(seen.id())).receptionCase().checkIn()).isEqualTo(CheckIn.PRESENT);
    }

    @Test
    void sixteenOfficersEditingOneCaseEachSucceedOrAreToldNoEditIsLost() throws Exception {
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission, NotifiedFlights.people(1, members.canary));
        Actors.as(officer, () -> arrivals.land(flight));
        UUID caseId = Actors.as(officer, () -> caseFile.ofFlight(flight)).getFirst().id();
        int threads = 16;
        int editsEach = 5;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<int[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                CheckIn state = t % 2 == 0 ? CheckIn.PRESENT : CheckIn.ABSENT;
                results.add(pool.submit(() -> Actors.as(officer, () -> {
                    int done = 0;
                    int conflicts = 0;
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int e = 0; e < editsEach; e++) {
                        int version = caseFile.ofFlight(flight).getFirst().version();
                        switch (desk.mark(caseId, state, version)) {
                            case CheckInDesk.Marked.Done d -> done++;
                            case CheckInDesk.Marked.Conflict c -> conflicts++;
                        }
                    }
                    return new int[] {done, conflicts};
                })));
            }
            go.countDown();
            int done = 0;
            int conflicts = 0;
            for (Future<int[]> result : results) {
                int[] r = result.get();
                done += r[0];
                conflicts += r[1];
            }
            assertThat(done + conflicts).isEqualTo(threads * editsEach);
            assertThat(done).isPositive();
            ReceptionCase after = Actors.as(officer, () -> caseFile.ofFlight(flight)).getFirst();
            assertThat(after.version()).as("every successful edit, and only those, moved the version").isEqualTo(done);
            assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = :f AND kind = 'CHECK_IN'", caseId)).isEqualTo(done);
            assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UPDATE' AND record_id = :f", caseId.toString())).isEqualTo(done);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWalkInIsRegisteredPresentAndBadInputChangesNothing() {
        Arrivals.WalkInResult registered = Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn("GUA", ArrivalKind.LAND_BORDER,
                "Chávez " + members.canary, "José", java.time.LocalDate.of(2010, 5, 1), "M", "Honduras", "", "", true)));
        assertThat(registered).isInstanceOfSatisfying(Arrivals.WalkInResult.Registered.class, r -> {
            ReceptionCase created = Actors.as(officer, () -> caseFile.open(r.caseId())).receptionCase();
            assertThat(created.checkIn()).isEqualTo(CheckIn.PRESENT);
            assertThat(created.identity().nationality()).isEqualTo("HND");
            assertThat(created.personCase().unaccompanied()).as("a 16-year-old alone").isTrue();
        });
        long before = count("SELECT COUNT(*) FROM person_case WHERE last_names LIKE :f", "%" + members.canary + "%");
        assertThat(Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn("GUA", ArrivalKind.WALK_IN, "Chávez " + members.canary, "Ana",
                null, "F", "Atlantis", "", "", false)))).isEqualTo(new Arrivals.WalkInResult.Refused("nationality", "reception.walk-in.nationality"));
        assertThat(Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn("SAP", ArrivalKind.WALK_IN, "Chávez " + members.canary, "Ana",
                null, "F", "GTM", "", "", false)))).isEqualTo(new Arrivals.WalkInResult.Refused("arrivalPoint", "flight.refused.arrival-point"));
        assertThat(count("SELECT COUNT(*) FROM person_case WHERE last_names LIKE :f", "%" + members.canary + "%")).isEqualTo(before);
    }

    private boolean terminateFromAnotherConnection(int backend) {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            return other.submit(() -> Actors.asSystem("test", () -> jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", backend)
                    .query(Boolean.class).single())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            other.shutdown();
        }
    }

    private long count(String sql, Object parameter) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions)
                .execute(s -> jdbc.sql(sql).param("f", parameter).query(Long.class).single()));
    }
}
