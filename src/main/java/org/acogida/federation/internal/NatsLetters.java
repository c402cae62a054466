package org.acogida.federation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.Nats;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.NatsMessage;

import org.acogida.federation.FederationProperties;
import org.acogida.federation.NotSent;
import org.acogida.federation.broker.BrokerLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node on the broker: for each member it hosts, a connection with that member's own
 * credentials (which can publish letters to anyone and read only that member's stream), a consumer
 * of that member's letters, and the publishing of what it sends to members hosted elsewhere. A
 * letter is acknowledged to the broker only after the transaction that received it committed; a
 * failure asks the broker to deliver it again. The connections reconnect by themselves after the
 * broker restarts, and a node starts even while the broker is down.
 */
@Component
@ConditionalOnExpression("'${acogida.federation.nats-url:}' != ''")
class NatsLetters implements BrokerCourier, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NatsLetters.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REDELIVER_AFTER_FAILURE = Duration.ofSeconds(2);
    /** Pulls that expire every few seconds, so a pull lost with a broker restart is replaced soon. */
    private static final io.nats.client.ConsumeOptions CONSUME = io.nats.client.ConsumeOptions.builder().expiresIn(5_000).build();

    private final FederationProperties federation;
    private final Inbound inbound;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<String, MessageConsumer> consumers = new ConcurrentHashMap<>();
    private volatile boolean running;

    NatsLetters(FederationProperties federation, Inbound inbound) {
        this.federation = federation;
        this.inbound = inbound;
        if (federation.hostsEveryMember()) {
            throw new IllegalStateException("A node on a broker lists the members it hosts (acogida.federation.members)");
        }
    }

    @Override
    public void start() {
        Properties passwords = passwords();
        for (String member : federation.members()) {
            String password = passwords.getProperty(member);
            if (password == null) {
                throw new IllegalStateException("No NATS password for " + member + " in " + federation.credentials());
            }
            try {
                Connection connection = Nats.connectReconnectOnConnect(layout(member).memberOptions(federation.natsUrl(), member, password)
                        .connectionName("acogida " + federation.node() + " for " + member).errorListener(new BrokerErrors(member))
                        .connectionListener((c, event) -> {
                            if (event == io.nats.client.ConnectionListener.Events.RECONNECTED) {
                                restartConsumer(member);
                            }
                        }).build());
                connections.put(member, connection);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot reach the broker at " + federation.natsUrl() + " for " + member, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        running = true;
        Thread.ofVirtual().name("letters-consumers").start(this::keepConsuming);
    }

    /** Starts each member's consumer once its connection is up, and again if it stopped. */
    private void keepConsuming() {
        while (running) {
            for (String member : federation.members()) {
                MessageConsumer consumer = consumers.get(member);
                if (consumer == null || consumer.isStopped() || consumer.isFinished()) {
                    startConsumer(member);
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * After the broker came back, the pull that was waiting is gone with it: consume again at once
     * rather than wait for the old one to time out.
     */
    private void restartConsumer(String member) {
        MessageConsumer old = consumers.remove(member);
        if (old != null) {
            try {
                old.stop();
            } catch (RuntimeException e) {
                log.debug("Stopping {}'s consumer after a reconnection", member, e);
            }
        }
    }

    private void startConsumer(String member) {
        Connection connection = connections.get(member);
        if (connection == null || connection.getStatus() != Connection.Status.CONNECTED) {
            return;
        }
        try {
            BrokerLayout layout = layout(member);
            ConsumerContext context = connection.getStreamContext(layout.stream(member)).getConsumerContext(BrokerLayout.CONSUMER);
            consumers.put(member, context.consume(CONSUME, message -> receive(member, message)));
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            log.warn("Cannot consume {}'s letters yet: {}", member, e.getMessage());
        }
    }

    private void receive(String member, Message message) {
        try {
            inbound.arrive(message.getData(), member);
            message.ack();
        } catch (RuntimeException e) {
            log.error("A letter for {} could not be received now; the broker delivers it again", member, e);
            message.nakWithDelay(REDELIVER_AFTER_FAILURE);
        }
    }

    @Override
    public void carry(Envelope envelope, byte[] wire) {
        Connection connection = connections.get(envelope.sender());
        if (connection == null) {
            throw new NotSent("This node has no connection for " + envelope.sender(), null);
        }
        try {
            PublishAck ack = connection.jetStream().publish(NatsMessage.builder().subject(layout(envelope.recipient()).subject(envelope.recipient())).data(wire).build(),
                    PublishOptions.builder().messageId(envelope.id().toString()).streamTimeout(PUBLISH_TIMEOUT).build());
            if (ack.isDuplicate()) {
                log.info("The broker already had letter {}", envelope.id());
            }
        } catch (IOException | JetStreamApiException | IllegalStateException e) {
            throw new NotSent("The broker did not take letter " + envelope.id() + " to " + envelope.recipient() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void carryReport(Envelope envelope, byte[] wire) {
        Connection connection = connections.get(envelope.sender());
        if (connection == null) {
            throw new NotSent("This node has no connection for " + envelope.sender(), null);
        }
        try {
            connection.jetStream().publish(NatsMessage.builder().subject(layout(envelope.sender()).returnsSubject(envelope.sender())).data(wire).build(),
                    PublishOptions.builder().messageId(envelope.id().toString()).streamTimeout(PUBLISH_TIMEOUT).build());
        } catch (IOException | JetStreamApiException | IllegalStateException e) {
            throw new NotSent("The broker did not take report " + envelope.id() + ": " + e.getMessage(), e);
        }
    }

    /** The broker's names for this node's members and the one a letter goes to: no need to ask the database for the coalition's. */
    private BrokerLayout layout(String member) {
        java.util.Set<String> members = new java.util.TreeSet<>(federation.members());
        members.add(member);
        return new BrokerLayout(List.copyOf(members));
    }

    private Properties passwords() {
        Properties passwords = new Properties();
        if (federation.credentials() == null) {
            throw new IllegalStateException("A node on a broker needs acogida.federation.credentials (each hosted member's NATS password)");
        }
        try (InputStream in = Files.newInputStream(federation.credentials())) {
            passwords.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the NATS credentials " + federation.credentials(), e);
        }
        return passwords;
    }

    /**
     * What the broker refused this node (a permission it lacks, a slow consumer): the broker says so
     * only here, while the call that caused it just times out.
     */
    private record BrokerErrors(String member) implements io.nats.client.ErrorListener {
        @Override
        public void errorOccurred(Connection connection, String error) {
            log.warn("The broker refused {}'s connection: {}", member, error);
        }

        @Override
        public void exceptionOccurred(Connection connection, Exception exception) {
            log.warn("The broker connection for {} failed: {}", member, exception.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        consumers.values().forEach(consumer -> {
            try {
                consumer.stop();
            } catch (RuntimeException e) {
                log.debug("Stopping a consumer", e);
            }
        });
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumers.clear();
        connections.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
