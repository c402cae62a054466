package org.acogida.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.manifest.ManifestFiles;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator confirms a flight's decision while the member's policy change is re-evaluating
 * that flight. Both take the flight first, so they take turns: the coordinator is told the decision
 * changed, and no deadlock leaves either with an error. The interleaving is made, not hoped for:
 * the re-evaluation holds the flight until the coordinator's decision is seen waiting for it.
 */
@PostgresTest
class DecisionWhileReevaluatingTest {

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
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDecisionAndAReevaluationOfOneFlightTakeTurns() throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "CRI", "DOM");
        Actor coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        Actors.as(coordinator, () -> policies.saveCapacity("SJO", new FlightFacts.ArrivalCapacity(10_000, 50_000, true)));
        String mission = "W" + UUID.randomUUID().toString().substring(0, 8);
        Instant arrival = LocalDate.now(ZoneOffset.UTC).plusDays(10).atTime(15, 0).toInstant(ZoneOffset.UTC);
        UUID flight = ((FlightNotices.NoticeResult.Registered) Actors.as(coordinator, () -> notices.registerNotice(new FlightNotice(
                "ICE Air Operations", mission, arrival.minus(Duration.ofHours(3)), arrival, "AEX", "SJO", AircraftKind.CHARTER, false, 1,
                arrival.minus(Duration.ofDays(5)))))).flightId();
        String line = ManifestFiles.line(1, "Ahmadi", "Ana", "1990-01-01", "AFG").replace("IAO-TEST-1", mission)
                .replace("2026-12-01", arrival.atOffset(ZoneOffset.UTC).toLocalDate().toString()).replace(",GUA,", ",SJO,");
        Actors.as(coordinator, () -> manifests.importManifest(flight, ManifestFiles.utf8(ManifestFiles.HEADER + "\n" + line + "\n"), "m.csv", false));
        Decision before = Actors.as(coordinator, () -> decisions.decision(flight)).orElseThrow();
        MemberPolicy policy = Actors.as(coordinator, () -> policies.own());
        MemberPolicy admitsAfghans = new MemberPolicy("", MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA, 1000, true,
                Set.of(), 0);

        // Two threads of their own: the common pool may have one thread on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch flightHeld = new CountDownLatch(1);
        CompletableFuture<Policies.PolicyChange> reevaluation = CompletableFuture.supplyAsync(() -> Actors.as(coordinator,
                () -> new TransactionTemplate(transactions).execute(status -> {
                    jdbc.sql("SELECT id FROM flight WHERE id = :id FOR UPDATE").param("id", flight).query(UUID.class).single();
                    flightHeld.countDown();
                    Awaitility.await("the coordinator's decision waiting for the flight").atMost(Duration.ofSeconds(30))
                            .pollInterval(Duration.ofMillis(20)).until(DecisionWhileReevaluatingTest::aStatementWaitsForALock);
                    return policies.save(admitsAfghans, policy.version());
                })), threads);
        assertThat(flightHeld.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<DecisionOutcome> decision = CompletableFuture.supplyAsync(() -> Actors.as(coordinator,
                () -> decisions.decide(flight, before.id(), Outcome.REFUSE, "No recibimos este vuelo por falta de plazas")), threads);

        assertThat(reevaluation.get(60, TimeUnit.SECONDS)).isInstanceOf(Policies.PolicyChange.Saved.class);
        assertThat(decision.get(60, TimeUnit.SECONDS)).as("the decision was taken on an evaluation replaced meanwhile")
                .isInstanceOf(DecisionOutcome.Conflict.class);
        assertThat(Actors.as(coordinator, () -> decisions.decision(flight)).orElseThrow().id()).isNotEqualTo(before.id());
        threads.shutdown();
    }

    /** Whether a statement of the suite's database is waiting for a row lock another transaction holds. */
    private static boolean aStatementWaitsForALock() throws Exception {
        try (var connection = PostgresDatabase.ownerConnection(); var statement = connection.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
