package org.acogida.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node as its own operating-system process, on the test's classpath, so that a test can kill it
 * with SIGKILL (kill -9) mid-flight and start it again on the same database, keys and port.
 */
public final class NodeProcess implements AutoCloseable {

    private final MemberNode.Setup setup;
    private final int port;
    private final Path log;
    private Process process;

    public NodeProcess(MemberNode.Setup setup, Path log) {
        this.setup = setup;
        this.port = freePort();
        this.log = log;
    }

    public synchronized void start() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx600m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.acogida.AcogidaApplication", "--spring.profiles.active=test", "--logging.level.root=WARN"));
        for (Map.Entry<String, Object> property : setup.properties().entrySet()) {
            command.add("--" + property.getKey() + "=" + (property.getKey().equals("server.port") ? port : property.getValue()));
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Eventually.until(setup.name() + "'s node to serve on port " + port, Duration.ofSeconds(90), this::answers, answers -> answers);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye to the broker. */
    public synchronized void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new AssertionError(setup.name() + "'s node exited with " + process.exitValue() + ":\n" + tail());
        }
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/login"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The end of the node's output, for a failure message. */
    public String tail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
