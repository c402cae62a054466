package org.acogida.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import io.nats.client.Options;
import org.acogida.federation.broker.BrokerLayout;

/**
 * A nats-server of a test's own: its configuration written by {@link BrokerLayout} with random
 * passwords, its JetStream store, its log and its port, all in a temporary folder deleted on
 * close. It can be stopped, killed with SIGKILL and started again on the same port and store,
 * which is how a test proves that letters survive a crash of the broker. Never the server a
 * developer may have running on 4222.
 */
public final class NatsServerProcess implements AutoCloseable {

    public static final Path BINARY = Path.of(System.getenv().getOrDefault("ACOGIDA_NATS_SERVER", "/usr/sbin/nats-server"));

    private static final Duration READY_WITHIN = Duration.ofSeconds(15);
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(15);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        // A test that dies before close() would otherwise leave a server behind, holding its port.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final BrokerLayout layout;
    private final Path directory;
    private final Path log;
    private final int port;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final String operatorPassword = randomPassword();
    private Process process;

    private NatsServerProcess(BrokerLayout layout) throws IOException {
        this.layout = layout;
        this.directory = Files.createTempDirectory("acogida-nats-");
        this.log = directory.resolve("nats-server.log");
        this.port = freePort();
        layout.members().forEach(member -> passwords.put(member, randomPassword()));
        passwords.put(org.acogida.federation.broker.BrokerLayout.SECRETARIAT, randomPassword());
        Files.writeString(config(), layout.serverConfig(port, directory.resolve("store"), passwords, operatorPassword));
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** A new server for these members, started and accepting connections. */
    public static NatsServerProcess start(BrokerLayout layout) {
        try {
            NatsServerProcess server = new NatsServerProcess(layout);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a nats-server", e);
        }
    }

    /** Starts the server again, on the same port and store, and waits until it accepts connections. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The nats-server is already running on port " + port);
        }
        try {
            process = new ProcessBuilder(BINARY.toString(), "-c", config().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + BINARY, e);
        }
        RUNNING.add(process);
        awaitReady();
    }

    /** SIGTERM, as a service manager stops it: the server flushes and exits. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    /** SIGKILL: the server gets no chance to flush anything, as in a crash or a power cut of the process (not of the disk). */
    public synchronized void kill9() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("The nats-server is not running");
        }
        process.destroyForcibly();
        awaitExit();
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    public BrokerLayout layout() {
        return layout;
    }

    public String password(String member) {
        return passwords.get(member);
    }

    public String operatorPassword() {
        return operatorPassword;
    }

    /** The connection options a node acting for this member uses, with this server's password for it. */
    public Options.Builder memberOptions(String member) {
        return layout.memberOptions(url(), member, password(member));
    }

    public Options.Builder operatorOptions() {
        return layout.operatorOptions(url(), operatorPassword);
    }

    /** What the server wrote, for a failure message. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(the log cannot be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteDirectory();
        }
    }

    private Path config() {
        return directory.resolve("nats-server.conf");
    }

    /**
     * Ready when a client connecting gets the server's INFO line: the server opens its client port
     * only after JetStream has recovered its streams. Polls with short timeouts; a refused
     * connection is retried after a few milliseconds, and a server that exits is reported at once.
     */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nats-server exited with " + process.exitValue() + " on port " + port + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                socket.setSoTimeout(1_000);
                String first = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
                if (first != null && first.startsWith("INFO ")) {
                    if (!first.contains("\"jetstream\":true")) {
                        throw new IllegalStateException("nats-server runs without JetStream: " + first + "\n" + log());
                    }
                    return;
                }
            } catch (ConnectException | SocketTimeoutException notYet) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot reach nats-server on port " + port, e);
            }
        }
        throw new IllegalStateException("nats-server did not accept connections on port " + port + " within " + READY_WITHIN + ":\n" + log());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(EXIT_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("nats-server did not exit within " + EXIT_WITHIN + ":\n" + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while nats-server was exiting", e);
        }
        RUNNING.remove(process);
    }

    private void deleteDirectory() {
        try (Stream<Path> paths = Files.walk(directory)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover folder in the temporary directory is only disk space.
        }
    }

    /** The port is free when chosen; the server binds it a moment later, and says so in its log if another process took it meanwhile. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
