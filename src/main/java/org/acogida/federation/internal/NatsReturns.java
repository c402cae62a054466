package org.acogida.federation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.Nats;
import org.acogida.federation.FederationProperties;
import org.acogida.federation.broker.BrokerLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The secretariat's node reading the members' reports from the broker, with the secretariat's
 * own credentials (which read the returns' stream and nothing else). A report is acknowledged once
 * the transaction that stored it committed; a failure asks the broker to deliver it again. The
 * member a report is from is the one its subject names: the broker let only that member post it.
 */
@Component
@ConditionalOnExpression("'${acogida.federation.nats-url:}' != '' and '${acogida.federation.secretariat:false}' == 'true'")
class NatsReturns implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NatsReturns.class);
    private static final ConsumeOptions CONSUME = ConsumeOptions.builder().expiresIn(5_000).build();
    private static final Duration REDELIVER_AFTER_FAILURE = Duration.ofSeconds(2);

    private final FederationProperties federation;
    private final ReportInbound inbound;
    private volatile Connection connection;
    private volatile MessageConsumer consumer;
    private volatile boolean running;

    NatsReturns(FederationProperties federation, ReportInbound inbound) {
        this.federation = federation;
        this.inbound = inbound;
    }

    @Override
    public void start() {
        String password = password();
        BrokerLayout layout = new BrokerLayout(federation.members());
        try {
            connection = Nats.connectReconnectOnConnect(layout.secretariatOptions(federation.natsUrl(), password)
                    .connectionName("acogida " + federation.node() + " for the secretariat")
                    .connectionListener((c, event) -> {
                        if (event == io.nats.client.ConnectionListener.Events.RECONNECTED) {
                            stopConsumer();
                        }
                    }).build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the broker at " + federation.natsUrl() + " for the secretariat", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        running = true;
        Thread.ofVirtual().name("returns-consumer").start(this::keepConsuming);
    }

    private void keepConsuming() {
        while (running) {
            MessageConsumer current = consumer;
            if ((current == null || current.isStopped() || current.isFinished()) && connection.getStatus() == Connection.Status.CONNECTED) {
                try {
                    ConsumerContext context = connection.getStreamContext(BrokerLayout.RETURNS_STREAM)
                            .getConsumerContext(BrokerLayout.SECRETARIAT_CONSUMER);
                    consumer = context.consume(CONSUME, this::receive);
                } catch (IOException | JetStreamApiException | RuntimeException e) {
                    log.warn("Cannot consume the members' reports yet: {}", e.getMessage());
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void receive(Message message) {
        try {
            String member = BrokerLayout.memberOfReturnsSubject(message.getSubject());
            if (member == null) {
                log.warn("Refused a report on {}: not a member's returns subject", message.getSubject());
            } else {
                inbound.arrive(message.getData(), member);
            }
            message.ack();
        } catch (RuntimeException e) {
            log.error("A report could not be received now; the broker delivers it again", e);
            message.nakWithDelay(REDELIVER_AFTER_FAILURE);
        }
    }

    private void stopConsumer() {
        MessageConsumer old = consumer;
        consumer = null;
        if (old != null) {
            try {
                old.stop();
            } catch (RuntimeException e) {
                log.debug("Stopping the reports' consumer after a reconnection", e);
            }
        }
    }

    private String password() {
        Properties passwords = new Properties();
        if (federation.credentials() == null) {
            throw new IllegalStateException("The secretariat's node needs acogida.federation.credentials with SECRETARIAT=<its NATS password>");
        }
        try (InputStream in = Files.newInputStream(federation.credentials())) {
            passwords.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the NATS credentials " + federation.credentials(), e);
        }
        String password = passwords.getProperty(BrokerLayout.SECRETARIAT);
        if (password == null) {
            throw new IllegalStateException("No NATS password for the secretariat (SECRETARIAT=...) in " + federation.credentials());
        }
        return password;
    }

    @Override
    public void stop() {
        running = false;
        stopConsumer();
        if (connection != null) {
            try {
                connection.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
