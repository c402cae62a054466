package org.acogida.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.federation.broker.BrokerLayout;
import org.acogida.federation.broker.BrokerSetup;
import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.sharing.ConsentMethod;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.Sharing;
import org.acogida.support.Eventually;
import org.acogida.support.MemberNode;
import org.acogida.support.NatsServerProcess;
import org.acogida.support.RequiresNatsServer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The federation benchmarks (docs/benchmarks.md): Guatemala's and Mexico's nodes on their own
 * PostgreSQL databases, through a nats-server started here. First, offer-to-visible latency: 300
 * offers one after another, each from the moment the case worker's offer is committed at
 * Guatemala ({@code offered_at}) to the moment Mexico's node has it in its coordinator's list
 * ({@code received_at}, same clock, same JVM). Then 10,000 offers from four case workers at once,
 * all acknowledged by the broker and received at Mexico, none lost. Not part of the suite (its
 * name does not end in Test): ./acogida test -Dtest=FederationBenchmark -Dsurefire.failIfNoSpecifiedTests=false.
 * Writes target/benchmarks/federation.md.
 */
@ExtendWith({RequiresPostgres.class, RequiresNatsServer.class})
class FederationBenchmark {

    static final int LATENCY_OFFERS = 300;
    static final int BULK_OFFERS = 10_000;

    @TempDir
    Path directory;

    @Test
    void offerToVisibleLatencyAndTenThousandOffers() throws Exception {
        try (NatsServerProcess nats = NatsServerProcess.start(new BrokerLayout(List.of("GTM", "MEX")))) {
            new BrokerSetup(nats.layout()).apply(nats.url(), nats.operatorPassword());
            Path trustList = directory.resolve("trust-list.json");
            try (MemberNode guatemala = node("bench-gtm", "GTM", nats, trustList); MemberNode mexico = node("bench-mex", "MEX", nats, trustList)) {
                Files.writeString(trustList, JsonMapper.builder().build().writeValueAsString(new TrustedKeys.TrustListFile(List.of(
                        guatemala.bean(Federation.class).publicKeysOf("GTM"), mexico.bean(Federation.class).publicKeysOf("MEX")))));
                TwoMembers gtm = TwoMembers.create(guatemala.bean(Countries.class), guatemala.bean(Localities.class), guatemala.bean(Users.class),
                        "GTM", "MEX");
                TwoMembers.create(mexico.bean(Countries.class), mexico.bean(Localities.class), mexico.bean(Users.class), "MEX", "GTM");

                List<UUID> cases = walkIns(guatemala, gtm, LATENCY_OFFERS + BULK_OFFERS);
                Actor worker = gtm.ownUsers.get(Role.CASE_WORKER).actor();
                for (UUID person : cases.subList(0, LATENCY_OFFERS)) {
                    offer(guatemala, worker, person);
                    // One at a time: the next offer leaves once this one is visible at Mexico.
                    Eventually.until("the offer at Mexico", Duration.ofSeconds(30), () -> count(mexico, "SELECT COUNT(*) FROM incoming_share"),
                            n -> n == cases.indexOf(person) + 1);
                }
                List<Long> latencies = latencyMillis(guatemala, mexico);
                Collections.sort(latencies);

                long started = System.nanoTime();
                ExecutorService workers = Executors.newFixedThreadPool(4);
                List<Future<?>> done = new ArrayList<>();
                List<UUID> bulk = cases.subList(LATENCY_OFFERS, cases.size());
                for (int w = 0; w < 4; w++) {
                    int from = w;
                    done.add(workers.submit(() -> IntStream.range(0, bulk.size()).filter(i -> i % 4 == from)
                            .forEach(i -> offer(guatemala, worker, bulk.get(i)))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                long offeredMillis = (System.nanoTime() - started) / 1_000_000;
                Eventually.until("all 10,000 offers at Mexico", Duration.ofMinutes(10), () -> count(mexico, "SELECT COUNT(*) FROM incoming_share"),
                        n -> n == LATENCY_OFFERS + BULK_OFFERS);
                long receivedMillis = (System.nanoTime() - started) / 1_000_000;
                workers.shutdown();
                long undelivered = count(guatemala, "SELECT COUNT(*) FROM sharing_outbox WHERE delivered_at IS NULL");
                long sent = count(guatemala, "SELECT COUNT(*) FROM outgoing_share");
                long received = count(mexico, "SELECT COUNT(*) FROM incoming_share");
                assertThat(undelivered).isZero();
                assertThat(received).isEqualTo(sent).isEqualTo(LATENCY_OFFERS + BULK_OFFERS);

                String report = String.format("""
                        # Federation benchmark

                        Offer to visible across two nodes (%d offers one at a time): p50 %d ms, p90 %d ms, p99 %d ms, max %d ms.

                        %,d offers from four case workers at once: all committed in %.1f s, all received at Mexico after %.1f s
                        (%.0f offers/s); sent %,d, received %,d, left in the outbox %d.
                        """, latencies.size(), percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                        latencies.getLast(), BULK_OFFERS, offeredMillis / 1000.0, receivedMillis / 1000.0, BULK_OFFERS * 1000.0 / receivedMillis,
                        sent, received, undelivered);
                Files.createDirectories(Path.of("target/benchmarks"));
                Files.writeString(Path.of("target/benchmarks/federation.md"), report);
            }
        }
    }

    private List<Long> latencyMillis(MemberNode guatemala, MemberNode mexico) {
        java.util.Map<UUID, java.time.Instant> offered = new java.util.HashMap<>();
        rows(guatemala, "SELECT id, offered_at FROM outgoing_share").forEach(r -> offered.put((UUID) r.get("id"),
                ((java.sql.Timestamp) r.get("offered_at")).toInstant()));
        List<Long> latencies = new ArrayList<>();
        rows(mexico, "SELECT id, received_at FROM incoming_share").forEach(r -> latencies.add(Duration.between(offered.get((UUID) r.get("id")),
                ((java.sql.Timestamp) r.get("received_at")).toInstant()).toMillis()));
        return latencies;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static List<UUID> walkIns(MemberNode node, TwoMembers members, int count) throws Exception {
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        ExecutorService officers = Executors.newFixedThreadPool(4);
        List<Future<UUID>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            made.add(officers.submit(() -> Walkers.walkIn(node.bean(Arrivals.class), officer, "Banco " + n, "Persona " + n,
                    LocalDate.of(1960, 1, 1).plusDays(n % 15_000), "GTM", null)));
        }
        List<UUID> cases = new ArrayList<>();
        for (Future<UUID> f : made) {
            cases.add(f.get());
        }
        officers.shutdown();
        return cases;
    }

    private static void offer(MemberNode node, Actor worker, UUID person) {
        Sharing.Offered offered = Actors.as(worker, () -> node.bean(Sharing.class).offer(person,
                new Sharing.NewOffer(Purpose.PLACEMENT, "MEX", ConsentMethod.SIGNED, "es", null)));
        if (!(offered instanceof Sharing.Offered.Done)) {
            throw new IllegalStateException("Offer refused: " + offered);
        }
    }

    private MemberNode node(String name, String member, NatsServerProcess nats, Path trustList) {
        return MemberNode.start(MemberNode.Setup.of(name, List.of(member), nats, directory, trustList));
    }

    private static long count(MemberNode node, String sql) {
        return Actors.asSystem("benchmark", () -> node.bean(TransactionTemplate.class).execute(s ->
                node.bean(JdbcClient.class).sql(sql).query(Long.class).single()));
    }

    private static List<java.util.Map<String, Object>> rows(MemberNode node, String sql) {
        return Actors.asSystem("benchmark", () -> node.bean(TransactionTemplate.class).execute(s ->
                node.bean(JdbcClient.class).sql(sql).query().listOfRows()));
    }
}
