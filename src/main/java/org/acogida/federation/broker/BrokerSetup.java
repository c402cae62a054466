package org.acogida.federation.broker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StreamConfiguration;

/**
 * The secretariat's operator lays out the broker: every member's stream and its consumer, created
 * where missing and brought back to the {@link BrokerLayout} where they differ, and left alone
 * where they already agree, so that it can run at every deployment and after admitting a member.
 * Only the settings the layout names are compared and corrected; anything else an operator tuned
 * on the server (a byte limit, say) is kept.
 */
public final class BrokerSetup {

    /** JetStream's API error codes for a stream, or a consumer, that does not exist. */
    private static final int STREAM_NOT_FOUND = 10059;
    private static final int CONSUMER_NOT_FOUND = 10014;

    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** What the setup did for one member. */
    public record Applied(String member, Change stream, Change consumer) {
    }

    private final BrokerLayout layout;

    public BrokerSetup(BrokerLayout layout) {
        this.layout = layout;
    }

    public List<Applied> apply(String url, String operatorPassword) throws IOException, JetStreamApiException, InterruptedException {
        try (Connection operator = Nats.connect(layout.operatorOptions(url, operatorPassword).build())) {
            return apply(operator);
        }
    }

    /** On a connection as the operator: a member's user may not create streams. */
    public List<Applied> apply(Connection operator) throws IOException, JetStreamApiException {
        JetStreamManagement management = operator.jetStreamManagement();
        List<Applied> applied = new ArrayList<>();
        for (String member : layout.members()) {
            Change stream = stream(management, layout.streamConfiguration(member));
            Change consumer = consumer(management, layout.stream(member), layout.consumerConfiguration());
            applied.add(new Applied(member, stream, consumer));
        }
        Change returns = stream(management, layout.returnsStreamConfiguration());
        Change secretariat = consumer(management, BrokerLayout.RETURNS_STREAM, layout.secretariatConsumerConfiguration());
        applied.add(new Applied(BrokerLayout.SECRETARIAT, returns, secretariat));
        return applied;
    }

    private static Change stream(JetStreamManagement management, StreamConfiguration wanted) throws IOException, JetStreamApiException {
        StreamConfiguration current;
        try {
            current = management.getStreamInfo(wanted.getName()).getConfiguration();
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                throw e;
            }
            management.addStream(wanted);
            return Change.CREATED;
        }
        if (agree(wanted, current)) {
            return Change.UNCHANGED;
        }
        management.updateStream(StreamConfiguration.builder(current)
                .subjects(wanted.getSubjects())
                .storageType(wanted.getStorageType())
                .retentionPolicy(wanted.getRetentionPolicy())
                .duplicateWindow(wanted.getDuplicateWindow())
                .maxAge(wanted.getMaxAge())
                .build());
        return Change.UPDATED;
    }

    private static Change consumer(JetStreamManagement management, String stream, ConsumerConfiguration wanted)
            throws IOException, JetStreamApiException {
        ConsumerConfiguration current;
        try {
            current = management.getConsumerInfo(stream, wanted.getDurable()).getConsumerConfiguration();
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != CONSUMER_NOT_FOUND) {
                throw e;
            }
            management.addOrUpdateConsumer(stream, wanted);
            return Change.CREATED;
        }
        if (agree(wanted, current)) {
            return Change.UNCHANGED;
        }
        // The server refuses to change the ack or deliver policy of a consumer: that error reaches the operator as it is.
        management.updateConsumer(stream, ConsumerConfiguration.builder(current)
                .ackPolicy(wanted.getAckPolicy())
                .ackWait(wanted.getAckWait())
                .maxDeliver(wanted.getMaxDeliver())
                .deliverPolicy(wanted.getDeliverPolicy())
                .build());
        return Change.UPDATED;
    }

    static boolean agree(StreamConfiguration wanted, StreamConfiguration current) {
        return wanted.getSubjects().equals(current.getSubjects())
                && wanted.getStorageType() == current.getStorageType()
                && wanted.getRetentionPolicy() == current.getRetentionPolicy()
                && Objects.equals(wanted.getDuplicateWindow(), current.getDuplicateWindow())
                && Objects.equals(wanted.getMaxAge(), current.getMaxAge());
    }

    static boolean agree(ConsumerConfiguration wanted, ConsumerConfiguration current) {
        return wanted.getAckPolicy() == current.getAckPolicy()
                && Objects.equals(wanted.getAckWait(), current.getAckWait())
                && wanted.getMaxDeliver() == current.getMaxDeliver()
                && wanted.getDeliverPolicy() == current.getDeliverPolicy()
                && current.getDeliverSubject() == null;
    }
}
