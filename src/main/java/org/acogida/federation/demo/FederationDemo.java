package org.acogida.federation.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.acogida.federation.broker.BrokerLayout;
import org.acogida.federation.broker.BrokerSetup;

/**
 * {@code ./acogida federation demo}: three nodes of the demo coalition on this machine, as members
 * would run them: Guatemala's, Mexico's, and the secretariat's hosting the other eight members;
 * each with its own embedded database, keys, demo data of its own members and NATS credentials,
 * and a NATS server for the three. It prints what to open, and stops everything on Ctrl+C. Letters
 * between Guatemala and Mexico cross the broker sealed; the broker's operator reads none of them.
 */
public final class FederationDemo {

    record Node(String name, List<String> members, int port) {}

    static final List<String> MEMBERS = List.of("GTM", "HND", "SLV", "MEX", "COL", "ECU", "DOM", "CRI", "PAN", "HTI");
    static final List<Node> NODES = List.of(new Node("guatemala", List.of("GTM"), 8081), new Node("mexico", List.of("MEX"), 8082),
            new Node("secretariat", List.of("HND", "SLV", "COL", "ECU", "DOM", "CRI", "PAN", "HTI"), 8083));
    static final int NATS_PORT = 4333;

    private final Path directory;
    private final Path jar;
    private final String java;
    private final List<Process> processes = new ArrayList<>();
    private String trustListKey = "";

    FederationDemo(Path directory, Path jar) {
        this.directory = directory;
        this.jar = jar;
        this.java = ProcessHandle.current().info().command().orElse("java");
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("ACOGIDA_DATA_DIR", "./data"));
        Path jar = Path.of(System.getProperty("acogida.jar", "target/acogida.jar"));
        System.exit(new FederationDemo(data.resolve("federation").toAbsolutePath().normalize(), jar).run());
    }

    int run() throws Exception {
        Path natsServer = natsServer();
        if (natsServer == null) {
            System.err.println("The federation demo needs a NATS server: apt-get install nats-server (or set ACOGIDA_NATS_SERVER to its path).");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
        Files.createDirectories(directory);
        BrokerLayout layout = new BrokerLayout(MEMBERS);
        Properties passwords = passwords();
        Map<String, String> byMember = new TreeMap<>();
        MEMBERS.forEach(m -> byMember.put(m, passwords.getProperty(m)));
        byMember.put(BrokerLayout.SECRETARIAT, passwords.getProperty(BrokerLayout.SECRETARIAT));
        Path config = directory.resolve("nats.conf");
        Files.writeString(config, layout.serverConfig(NATS_PORT, directory.resolve("nats-store"), byMember, passwords.getProperty("operator")));
        System.out.println("Starting the NATS server on 127.0.0.1:" + NATS_PORT + "...");
        start(List.of(natsServer.toString(), "-c", config.toString()), directory.resolve("nats.log"));
        awaitPort(NATS_PORT, Duration.ofSeconds(20));
        String url = "nats://127.0.0.1:" + NATS_PORT;
        new BrokerSetup(layout).apply(url, passwords.getProperty("operator"));

        Path trustList = directory.resolve("trust-list.json");
        for (Node node : NODES) {
            Path home = directory.resolve(node.name());
            Files.createDirectories(home);
            List<String> users = new ArrayList<>(node.members());
            if (node == NODES.getLast()) {
                users.add(BrokerLayout.SECRETARIAT);
            }
            Files.writeString(home.resolve("nats.properties"), users.stream().map(m -> m + "=" + byMember.get(m))
                    .collect(Collectors.joining("\n")) + "\n");
        }
        System.out.println("Publishing the members' keys on the trust list...");
        List<CompletableFuture<String>> keys = NODES.stream().map(node -> CompletableFuture.supplyAsync(() -> keysOf(node, url, trustList))).toList();
        List<String> entries = new ArrayList<>();
        for (CompletableFuture<String> key : keys) {
            String json = key.get();
            entries.add(json.substring(json.indexOf('[') + 1, json.lastIndexOf(']')).strip());
        }
        Files.writeString(trustList, "{\"members\": [" + String.join(",", entries) + "]}\n");
        System.out.println("The secretariat signs the trust list...");
        String signed = run(nodeCommand(NODES.getLast(), url, trustList, List.of("--spring.main.web-application-type=none", "--logging.level.root=WARN",
                "--acogida.command=federation sign-trust-list", "--acogida.args", trustList.toString())), "ACOGIDA_TRUST_LIST_KEY=");
        trustListKey = signed.substring(signed.indexOf("ACOGIDA_TRUST_LIST_KEY=") + "ACOGIDA_TRUST_LIST_KEY=".length()).strip().split("\\s")[0];

        System.out.println("Starting the three nodes (the first start loads each one's demo data: a few minutes)...");
        for (Node node : NODES) {
            start(nodeCommand(node, url, trustList, List.of("--server.port=" + node.port())), directory.resolve(node.name()).resolve("node.log"));
        }
        for (Node node : NODES) {
            awaitReady(node, Duration.ofMinutes(15));
        }
        System.out.println(banner());
        for (Process process : processes) {
            process.waitFor();
        }
        return 0;
    }

    private String keysOf(Node node, String url, Path trustList) {
        List<String> command = nodeCommand(node, url, trustList, List.of("--spring.main.web-application-type=none", "--logging.level.root=WARN",
                "--acogida.command=federation keys", "--acogida.args"));
        command.addAll(node.members());
        String out = run(command, "\"members\"");
        return out.substring(out.indexOf('{'), out.lastIndexOf('}') + 1);
    }

    /** Runs a node's command to its end, and gives what it printed, which must contain {@code expected}. */
    private static String run(List<String> command, String expected) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || !out.contains(expected)) {
                throw new IllegalStateException("The command " + command.subList(command.size() - 3, command.size()) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> nodeCommand(Node node, String url, Path trustList, List<String> extra) {
        Path home = directory.resolve(node.name());
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xss1m", "-Xmx1g", "-jar",
                jar.toString(), "--spring.profiles.active=demo", "--acogida.data-directory=" + home, "--acogida.federation.node=" + node.name(),
                "--acogida.federation.members=" + String.join(",", node.members()), "--acogida.federation.nats-url=" + url,
                "--acogida.federation.credentials=" + home.resolve("nats.properties"), "--acogida.federation.trust-list=" + trustList,
                "--acogida.federation.trust-list-key=" + trustListKey,
                // The last node is the secretariat's: it receives the members' monthly returns.
                "--acogida.federation.secretariat=" + (node == NODES.getLast())));
        command.addAll(extra);
        return command;
    }

    private String banner() throws IOException {
        StringBuilder banner = new StringBuilder("\n  The federation demo is running: three nodes and a NATS server on this machine.\n\n");
        for (Node node : NODES) {
            banner.append(String.format("  %-12s http://127.0.0.1:%d/   hosts %s%n", node.name(), node.port(), String.join(", ", node.members())));
        }
        banner.append("""

                  Try it: on Guatemala's node, sign in as gtm.casos, open a case and offer it to Mexico
                  for placement; on Mexico's node, sign in as mex.coordinacion, open "Sharing cases",
                  see the profile without names, accept, and see the person. The letters crossed the
                  broker signed by Guatemala and encrypted to Mexico. On the secretariat's node, sign
                  in as the coalition's analyst and open "Members' returns": each member's monthly
                  counts, suppressed before they left (sent each hour, or at once from "Monthly return").

                  Accounts (user name, password, role, member state):
                """);
        for (Node node : NODES) {
            Path accounts = directory.resolve(node.name()).resolve("demo-accounts.txt");
            if (Files.exists(accounts)) {
                for (String line : Files.readAllLines(accounts)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        banner.append("    ").append(node.name()).append(": ").append(line).append('\n');
                    }
                }
            }
        }
        banner.append("\n  Logs and data: ").append(directory).append("\n  Stop with Ctrl+C.\n");
        return banner.toString();
    }

    private Properties passwords() throws IOException {
        Path file = directory.resolve("nats-passwords.properties");
        Properties passwords = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                passwords.load(in);
            }
        }
        SecureRandom random = new SecureRandom();
        for (String user : concat(concat(MEMBERS, "operator"), BrokerLayout.SECRETARIAT)) {
            if (passwords.getProperty(user) == null) {
                byte[] bytes = new byte[18];
                random.nextBytes(bytes);
                passwords.setProperty(user, HexFormat.of().formatHex(bytes));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            passwords.store(out, "NATS passwords of the federation demo: one per member, and the operator's");
        }
        return passwords;
    }

    private static List<String> concat(List<String> members, String more) {
        List<String> all = new ArrayList<>(members);
        all.add(more);
        return all;
    }

    private void start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    /** A node is ready once its demo data is loaded: it then prints its own banner into its log. */
    private void awaitReady(Node node, Duration deadline) throws InterruptedException, IOException {
        Path log = directory.resolve(node.name()).resolve("node.log");
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains("Acogida demo is running at http://127.0.0.1:" + node.port())) {
                return;
            }
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A process of the federation demo stopped; see the logs in " + directory);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node.name() + "'s node was not ready after " + deadline.toMinutes() + " minutes; see " + log);
    }

    private static void awaitPort(int port, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Nothing answered on port " + port + " after " + deadline.toSeconds() + " s");
    }

    private static Path natsServer() {
        String given = System.getenv("ACOGIDA_NATS_SERVER");
        for (String candidate : given != null ? List.of(given) : List.of("/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private void stopAll() {
        for (Process process : processes.reversed()) {
            process.destroy();
        }
    }
}
