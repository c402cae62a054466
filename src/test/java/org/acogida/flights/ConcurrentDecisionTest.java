package org.acogida.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.acogida.access.UserChange;
import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.manifest.ManifestFiles;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two coordinators decide the same flight at the same moment: one decision stands, the other is told. */
@PostgresTest
class ConcurrentDecisionTest {

    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    FlightDecisions decisions;
    @Autowired
    Policies policies;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    @Test
    void oneDecisionStandsAndTheOtherCoordinatorIsTold() throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "SLV", "PAN");
        Actor first = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        UserChange created = Actors.asSystem("test", () -> users.createFromCommandLine(
                new Users.NewUser(members.canary + ".second", "Second coordinator", Role.MEMBER_COORDINATOR, "es"), "SLV", TwoMembers.PASSWORD));
        Actor second = users.actorFor(((UserChange.Saved) created).user().username()).orElseThrow();
        Actors.as(first, () -> policies.saveCapacity("SAL", new FlightFacts.ArrivalCapacity(10_000, 50_000, true)));
        String mission = "C" + UUID.randomUUID().toString().substring(0, 8);
        Instant arrival = Instant.parse("2026-12-02T15:00:00Z");
        UUID flight = ((FlightNotices.NoticeResult.Registered) Actors.as(first, () -> notices.registerNotice(new FlightNotice("ICE Air Operations",
                mission, arrival.minus(Duration.ofHours(3)), arrival, "AEX", "SAL", AircraftKind.CHARTER, false, 1,
                arrival.minus(Duration.ofDays(5)))))).flightId();
        String manifest = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "Cruz", "Ana", "1990-01-01", "SLV")
                .replace("IAO-TEST-1", mission).replace("2026-12-01", "2026-12-02").replace(",GUA,", ",SAL,") + "\n";
        assertThat(Actors.as(first, () -> manifests.importManifest(flight, ManifestFiles.utf8(manifest), "m.csv", false)))
                .isInstanceOf(ManifestImport.Applied.class);
        Decision decision = Actors.as(first, () -> decisions.decision(flight)).orElseThrow();

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DecisionOutcome>> outcomes = List.of(first, second).stream().map(coordinator -> pool.submit(() ->
                    Actors.as(coordinator, () -> {
                        ready.countDown();
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return decisions.decide(flight, decision.id(), decision.outcome(), "");
                    }))).toList();
            ready.await();
            go.countDown();
            List<DecisionOutcome> results = outcomes.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(results).filteredOn(DecisionOutcome.Recorded.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(DecisionOutcome.Conflict.class::isInstance).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }
}
