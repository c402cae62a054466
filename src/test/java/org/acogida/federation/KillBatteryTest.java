package org.acogida.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.federation.broker.BrokerLayout;
import org.acogida.federation.broker.BrokerSetup;
import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.Eventually;
import org.acogida.support.MemberNode;
import org.acogida.support.NatsServerProcess;
import org.acogida.support.NodeProcess;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.RequiresNatsServer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.SignedInBrowserless;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fifty rounds of transfers between two nodes that run as their own processes, Guatemala's and
 * Mexico's, through a NATS server. In each round Guatemala offers five cases for transfer and
 * Mexico accepts three, rejects one, and Guatemala withdraws the consent of the fifth; in the middle
 * of the offers or of the decisions, one of the three is killed with SIGKILL (Mexico's node,
 * Guatemala's node, or the NATS server) and started again. At the end nothing is lost, nothing is
 * doubled (one case opened at Mexico per transfer accepted, each handed over once), and every
 * transfer ended accepted, rejected or revoked, the same on both sides.
 */
@Tag("postgres")
@ExtendWith({RequiresPostgres.class, RequiresNatsServer.class})
class KillBatteryTest {

    static final int ROUNDS = Integer.getInteger("acogida.kill-battery.rounds", 50);
    static final int PER_ROUND = 5;
    static final Duration SETTLES = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    record Node(MemberNode.Setup setup, NodeProcess process) {}

    @Test
    void killingANodeOrTheBrokerMidFlightLosesAndDoublesNothing() throws Exception {
        List<String> members = List.of("GTM", "MEX");
        Random random = new Random(20250126L);
        try (NatsServerProcess nats = NatsServerProcess.start(new BrokerLayout(members))) {
            new BrokerSetup(nats.layout()).apply(nats.url(), nats.operatorPassword());
            Path trustList = directory.resolve("trust-list.json");
            MemberNode.Setup gtm = setup("battery-guatemala", "GTM", nats, trustList);
            MemberNode.Setup mex = setup("battery-mexico", "MEX", nats, trustList);
            Map<String, String> users = new HashMap<>();
            List<UUID> cases = prepare(gtm, mex, trustList, users);

            try (NodeProcess guatemala = new NodeProcess(gtm, directory.resolve("guatemala.log"));
                 NodeProcess mexico = new NodeProcess(mex, directory.resolve("mexico.log"))) {
                guatemala.start();
                mexico.start();
                ExecutorService work = Executors.newSingleThreadExecutor();
                int kills = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    List<UUID> batch = cases.subList(round * PER_ROUND, (round + 1) * PER_ROUND);
                    String target = List.of("mexico", "nats", "guatemala").get(round % 3);
                    boolean duringOffers = round % 2 == 0;
                    Future<?> offers = work.submit(() -> offer(guatemala, users.get("gtm.case"), batch));
                    if (duringOffers) {
                        kill(target, random, guatemala, mexico, nats);
                        kills++;
                    }
                    finish(offers);
                    settleOffers(gtm, mex, guatemala, batch, users);
                    Future<?> decisions = work.submit(() -> decide(guatemala, mexico, users, gtm, mex, batch));
                    if (!duringOffers) {
                        kill(target, random, guatemala, mexico, nats);
                        kills++;
                    }
                    finish(decisions);
                    settled(gtm, mex, batch, guatemala, mexico, users);
                }
                work.shutdown();
                assertThat(kills).isEqualTo(ROUNDS);
            }
            assertNothingLostNothingDoubled(gtm, mex, cases.subList(0, ROUNDS * PER_ROUND));
        }
    }

    /** Kills the target at a random moment of the work in flight, and starts it again. */
    private static void kill(String target, Random random, NodeProcess guatemala, NodeProcess mexico, NatsServerProcess nats) {
        int after = random.nextInt(400);
        long until = System.nanoTime() + after * 1_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        switch (target) {
            case "mexico" -> {
                mexico.kill9();
                mexico.start();
            }
            case "guatemala" -> {
                guatemala.kill9();
                guatemala.start();
            }
            default -> {
                nats.kill9();
                nats.start();
            }
        }
    }

    /** The case worker records consent and offers each case; a request cut by a kill is tried again once the node answers. */
    private static void offer(NodeProcess guatemala, String caseWorker, List<UUID> batch) {
        for (UUID person : batch) {
            retrying(() -> {
                SignedInBrowserless worker = session(guatemala, caseWorker);
                String page = worker.get("/reception/cases/" + person);
                if (page.contains("id=\"share-SH-")) {
                    return;
                }
                var response = worker.submit("/reception/cases/" + person, "/sharing/cases/" + person + "/offers",
                        Map.of("purpose", "TRANSFER", "recipient", "MEX", "method", "SIGNED", "language", "es"));
                assertThat(response.statusCode()).isEqualTo(302);
            });
        }
    }

    /** Mexico's coordinator accepts the first three and rejects the fourth; Guatemala's case worker withdraws the fifth's consent. */
    private static void decide(NodeProcess guatemala, NodeProcess mexico, Map<String, String> users, MemberNode.Setup gtm, MemberNode.Setup mex,
                               List<UUID> batch) {
        for (int i = 0; i < batch.size(); i++) {
            UUID person = batch.get(i);
            UUID share = UUID.fromString(single(gtm, "SELECT id FROM outgoing_share WHERE case_id = '" + person + "'"));
            if (i == 4) {
                UUID consent = UUID.fromString(single(gtm, "SELECT consent_id FROM outgoing_share WHERE id = '" + share + "'"));
                retrying(() -> session(guatemala, users.get("gtm.case")).submit("/reception/cases/" + person,
                        "/sharing/consents/" + consent + "/withdraw?caseId=" + person, Map.of()));
                continue;
            }
            boolean accept = i < 3;
            retrying(() -> {
                SignedInBrowserless coordinator = session(mexico, users.get("mex.coordinator"));
                String page = coordinator.get("/sharing/incoming/" + share);
                if (!page.contains("id=\"accept-button\"")) {
                    return;
                }
                String version = page.replaceAll("(?s).*name=\"version\" value=\"(-?\\d+)\".*", "$1");
                coordinator.submit("/sharing/incoming/" + share, "/sharing/incoming/" + share + (accept ? "/accept" : "/reject"),
                        accept ? Map.of("version", version, "arrivalPoint", "MX-TIJ") : Map.of("version", version, "reason", "No capacity this month"));
            });
        }
    }

    private static final Map<String, SignedInBrowserless> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The user's session on the node, signed in again after the node restarted (sessions live in the node's memory). */
    private static SignedInBrowserless session(NodeProcess node, String username) throws Exception {
        SignedInBrowserless session = SESSIONS.get(username);
        if (session == null) {
            session = new SignedInBrowserless(node.url(), username);
            SESSIONS.put(username, session);
        }
        return session;
    }

    interface Step {
        void run() throws Exception;
    }

    private static void retrying(Step step) {
        Eventually.until("a request to a node that is starting again", SETTLES, () -> {
            try {
                step.run();
                return true;
            } catch (java.io.IOException | IllegalStateException e) {
                SESSIONS.clear();
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, done -> done);
    }

    private static void finish(Future<?> work) throws Exception {
        work.get(3, TimeUnit.MINUTES);
    }

    private static void settleOffers(MemberNode.Setup gtm, MemberNode.Setup mex, NodeProcess guatemala, List<UUID> batch, Map<String, String> users) {
        String inList = batch.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        Eventually.until("every offer of the round at Mexico", SETTLES, () -> {
            List<String> shares = column(gtm, "SELECT id FROM outgoing_share WHERE case_id IN (" + inList + ")");
            if (shares.size() < batch.size()) {
                offer(guatemala, users.get("gtm.case"), batch);
                return false;
            }
            String ids = shares.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            return column(mex, "SELECT id FROM incoming_share WHERE id IN (" + ids + ")").size() == batch.size();
        }, arrived -> arrived);
    }

    /** Every share of the round ends the same on both sides: accepted with the person at Mexico, rejected, or revoked. */
    private static void settled(MemberNode.Setup gtm, MemberNode.Setup mex, List<UUID> batch, NodeProcess guatemala, NodeProcess mexico,
                                Map<String, String> users) {
        String inList = batch.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        Eventually.until("every share of the round settled the same on both sides", SETTLES, () -> {
            Map<String, String> sent = statuses(gtm, "SELECT id, status FROM outgoing_share WHERE case_id IN (" + inList + ")");
            Map<String, String> received = statuses(mex, "SELECT id, status || CASE WHEN disclosure IS NULL THEN '' ELSE '+person' END "
                    + "|| CASE WHEN opened_case_id IS NULL THEN '' ELSE '+case' END FROM incoming_share WHERE id IN (" + sent.keySet().stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")");
            if (sent.values().stream().anyMatch("OFFERED"::equals)) {
                decide(guatemala, mexico, users, gtm, mex, batch);
            }
            return sent.keySet().stream().allMatch(id -> switch (sent.get(id)) {
                case "ACCEPTED" -> "ACCEPTED+person+case".equals(received.get(id));
                case "REJECTED" -> "REJECTED".equals(received.get(id));
                case "REVOKED" -> "REVOKED".equals(received.get(id));
                default -> false;
            });
        }, done -> done);
    }

    private static void assertNothingLostNothingDoubled(MemberNode.Setup gtm, MemberNode.Setup mex, List<UUID> offered) {
        Map<String, String> sent = statuses(gtm, "SELECT id, status FROM outgoing_share");
        Map<String, String> received = statuses(mex, "SELECT id, status FROM incoming_share");
        assertThat(sent).as("one share per case offered").hasSize(offered.size());
        assertThat(received.keySet()).as("lost: offered by Guatemala, never at Mexico").containsExactlyInAnyOrderElementsOf(sent.keySet());
        assertThat(received).as("the same end on both sides").isEqualTo(sent);
        assertThat(sent.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())))
                .as("three accepted, one rejected, one revoked in every five").isEqualTo(Map.of("ACCEPTED", 3L * ROUNDS, "REJECTED", 1L * ROUNDS,
                        "REVOKED", 1L * ROUNDS));
        assertThat(column(gtm, "SELECT share_id FROM sharing_outbox WHERE kind = 'DISCLOSURE' GROUP BY share_id HAVING COUNT(*) > 1"))
                .as("doubled: a disclosure sent twice").isEmpty();
        assertThat(column(gtm, "SELECT detail FROM case_event WHERE kind IN ('SHARE_ACCEPTED', 'SHARE_REJECTED') GROUP BY case_id, detail "
                + "HAVING COUNT(*) > 1")).as("doubled: a decision recorded twice on a case").isEmpty();
        assertThat(column(mex, "SELECT record_id FROM audit_entry WHERE record_type = 'incoming_share' AND action = 'CREATE' GROUP BY record_id "
                + "HAVING COUNT(*) > 1")).as("doubled: an offer received twice").isEmpty();
        assertThat(column(gtm, "SELECT share_id FROM sharing_outbox WHERE kind = 'HANDOVER' GROUP BY share_id HAVING COUNT(*) > 1"))
                .as("doubled: a case handed over twice").isEmpty();
        assertThat(column(mex, "SELECT case_id FROM case_event WHERE kind = 'TRANSFERRED_IN'")).as("doubled or lost: one case opened per transfer accepted")
                .hasSize(3 * ROUNDS);
        assertThat(column(mex, "SELECT case_id FROM arrival WHERE arrival_kind = 'TRANSFER' AND arrival_point = 'MX-TIJ'"))
                .as("each transferred person expected at the point chosen").hasSize(3 * ROUNDS);
        assertThat(column(gtm, "SELECT id FROM person_case WHERE status = 'TRANSFERRED'")).as("each case handed over is a record at home")
                .hasSize(3 * ROUNDS);
        assertThat(column(mex, "SELECT message_id FROM sharing_outbox WHERE delivered_at IS NULL")).as("Mexico's outbox is empty").isEmpty();
        assertThat(column(gtm, "SELECT message_id FROM sharing_outbox WHERE delivered_at IS NULL")).as("Guatemala's outbox is empty").isEmpty();
    }

    /** The two nodes' databases, keys, members, users and cases, made with each node in this JVM before it runs as its own process. */
    private List<UUID> prepare(MemberNode.Setup gtm, MemberNode.Setup mex, Path trustList, Map<String, String> users) throws Exception {
        List<MemberKeys> keys = new ArrayList<>();
        List<UUID> cases;
        try (MemberNode node = MemberNode.start(gtm)) {
            TwoMembers people = TwoMembers.create(node.bean(Countries.class), node.bean(Localities.class), node.bean(Users.class), "GTM", "MEX");
            users.put("gtm.case", people.ownUsers.get(Role.CASE_WORKER).username());
            cases = new ArrayList<>();
            for (int i = 0; i < ROUNDS * PER_ROUND; i++) {
                cases.add(Walkers.walkIn(node.bean(Arrivals.class), people.ownUsers.get(Role.RECEPTION_OFFICER).actor(), "Batería " + i, "Persona",
                        LocalDate.of(1990, 1, 1).plusDays(i), "GTM", null));
            }
            keys.add(node.bean(Federation.class).publicKeysOf("GTM"));
        }
        try (MemberNode node = MemberNode.start(mex)) {
            TwoMembers people = TwoMembers.create(node.bean(Countries.class), node.bean(Localities.class), node.bean(Users.class), "MEX", "GTM");
            users.put("mex.coordinator", people.ownUsers.get(Role.MEMBER_COORDINATOR).username());
            keys.add(node.bean(Federation.class).publicKeysOf("MEX"));
        }
        Files.writeString(trustList, JsonMapper.builder().build().writeValueAsString(new TrustedKeys.TrustListFile(keys)));
        return cases;
    }

    private MemberNode.Setup setup(String name, String member, NatsServerProcess nats, Path trustList) {
        return MemberNode.Setup.of(name, List.of(member), nats, directory, trustList);
    }

    private static String single(MemberNode.Setup node, String sql) {
        List<String> values = column(node, sql);
        if (values.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + values.size() + ": " + sql);
        }
        return values.getFirst();
    }

    private static List<String> column(MemberNode.Setup node, String sql) {
        return query(node, sql, rs -> rs.getString(1));
    }

    private static Map<String, String> statuses(MemberNode.Setup node, String sql) {
        Map<String, String> map = new HashMap<>();
        query(node, sql, rs -> map.put(rs.getString(1), rs.getString(2)));
        return map;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Reads the node's database as its owner, beside the running node. */
    private static <T> List<T> query(MemberNode.Setup node, String sql, Row<T> row) {
        try (Connection connection = DriverManager.getConnection(node.jdbcUrl(), PostgresDatabase.adminUser(), PostgresDatabase.adminPassword());
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(row.read(rs));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
