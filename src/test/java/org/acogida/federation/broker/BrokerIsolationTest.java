package org.acogida.federation.broker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.ErrorListener;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.Subscription;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.PublishAck;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import org.acogida.federation.broker.BrokerSetup.Applied;
import org.acogida.federation.broker.BrokerSetup.Change;
import org.acogida.support.NatsServerProcess;
import org.acogida.support.NatsServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a real nats-server configured by {@link BrokerLayout} and set up by {@link BrokerSetup}:
 * a member's letter reaches the addressee once, and another member's credentials can neither
 * see it, take it, acknowledge it nor destroy it. A refusal is proved twice: the server says
 * "Permissions Violation" for that very subject, and Mexico's letter is still there, unread.
 */
@NatsServerTest
class BrokerIsolationTest {

    static final BrokerLayout LAYOUT = BrokerLayout.of("GTM", "MEX", "HND");
    /** A refused request is never answered; jnats gives up after its timeout, so keep it short. */
    static final Duration REFUSED_WITHIN = Duration.ofMillis(500);

    private NatsServerProcess broker;
    private final List<Node> nodes = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = NatsServerProcess.start(LAYOUT);
    }

    @AfterEach
    void stopBroker() {
        nodes.forEach(Node::close);
        broker.close();
    }

    @Test
    void settingUpTwiceChangesNothing() throws Exception {
        BrokerSetup setup = new BrokerSetup(LAYOUT);

        assertThat(setup.apply(broker.url(), broker.operatorPassword()))
                .extracting(Applied::member, Applied::stream, Applied::consumer)
                .containsExactly(tuple("GTM", Change.CREATED, Change.CREATED), tuple("MEX", Change.CREATED, Change.CREATED),
                        tuple("HND", Change.CREATED, Change.CREATED), tuple("SECRETARIAT", Change.CREATED, Change.CREATED));
        Map<String, String> once = whatTheServerHolds();
        assertThat(setup.apply(broker.url(), broker.operatorPassword()))
                .extracting(Applied::stream, Applied::consumer).containsOnly(tuple(Change.UNCHANGED, Change.UNCHANGED));

        assertThat(whatTheServerHolds()).isEqualTo(once);
        try (Connection operator = Nats.connect(broker.operatorOptions().build())) {
            StreamConfiguration stream = operator.jetStreamManagement().getStreamInfo("LETTERS_MEX").getConfiguration();
            assertThat(stream.getSubjects()).containsExactly("acogida.to.MEX");
            assertThat(stream.getStorageType()).isEqualTo(StorageType.File);
            assertThat(stream.getRetentionPolicy()).isEqualTo(RetentionPolicy.Limits);
            assertThat(stream.getDuplicateWindow()).isEqualTo(Duration.ofHours(24));
            assertThat(stream.getMaxAge()).isEqualTo(Duration.ofDays(30));
            ConsumerConfiguration consumer = operator.jetStreamManagement().getConsumerInfo("LETTERS_MEX", "node").getConsumerConfiguration();
            assertThat(consumer.getDurable()).isEqualTo("node");
            assertThat(consumer.getDeliverSubject()).as("a pull consumer").isNull();
            assertThat(consumer.getAckPolicy()).isEqualTo(AckPolicy.Explicit);
            assertThat(consumer.getAckWait()).isEqualTo(Duration.ofSeconds(5));
            assertThat(consumer.getMaxDeliver()).isEqualTo(-1);
            assertThat(consumer.getDeliverPolicy()).isEqualTo(DeliverPolicy.All);
        }
    }

    @Test
    void setupBringsBackWhatSomeoneChangedAndKeepsTheRest() throws Exception {
        BrokerSetup setup = new BrokerSetup(LAYOUT);
        setup.apply(broker.url(), broker.operatorPassword());
        try (Connection operator = Nats.connect(broker.operatorOptions().build())) {
            JetStreamManagement management = operator.jetStreamManagement();
            StreamConfiguration hnd = management.getStreamInfo("LETTERS_HND").getConfiguration();
            management.updateStream(StreamConfiguration.builder(hnd).maxAge(Duration.ofDays(1)).maxBytes(1 << 30).build());
            ConsumerConfiguration node = management.getConsumerInfo("LETTERS_HND", "node").getConsumerConfiguration();
            management.updateConsumer("LETTERS_HND", ConsumerConfiguration.builder(node).ackWait(Duration.ofSeconds(30)).build());

            assertThat(setup.apply(operator)).extracting(Applied::member, Applied::stream, Applied::consumer)
                    .containsExactly(tuple("GTM", Change.UNCHANGED, Change.UNCHANGED), tuple("MEX", Change.UNCHANGED, Change.UNCHANGED),
                            tuple("HND", Change.UPDATED, Change.UPDATED), tuple("SECRETARIAT", Change.UNCHANGED, Change.UNCHANGED));
            StreamConfiguration restored = management.getStreamInfo("LETTERS_HND").getConfiguration();
            assertThat(restored.getMaxAge()).isEqualTo(Duration.ofDays(30));
            assertThat(restored.getMaxBytes()).as("a limit the layout does not name").isEqualTo(1 << 30);
            assertThat(management.getConsumerInfo("LETTERS_HND", "node").getConsumerConfiguration().getAckWait()).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void aLetterSentTwiceIsStoredOnceAndReadByItsAddressee() throws Exception {
        setUp();
        Node guatemala = node("GTM");
        Node mexico = node("MEX");

        PublishAck first = guatemala.jetStream().publish(letter("MEX", "letter-1", "hola"));
        PublishAck again = guatemala.jetStream().publish(letter("MEX", "letter-1", "hola"));

        assertThat(first.getStream()).isEqualTo("LETTERS_MEX");
        assertThat(first.isDuplicate()).isFalse();
        assertThat(again.isDuplicate()).as("the same Nats-Msg-Id within the duplicate window").isTrue();
        assertThat(again.getSeqno()).isEqualTo(first.getSeqno());
        assertThat(messagesIn("MEX")).isEqualTo(1);

        Message received = mexico.fetchOne();
        assertThat(received).isNotNull();
        assertThat(new String(received.getData(), UTF_8)).isEqualTo("hola");
        assertThat(received.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo("letter-1");
        received.ackSync(Duration.ofSeconds(2));

        ConsumerInfo consumer = consumer("MEX");
        assertThat(consumer.getAckFloor().getStreamSequence()).isEqualTo(1);
        assertThat(consumer.getNumAckPending()).isZero();
        assertThat(consumer.getNumPending()).isZero();
        assertThat(mexico.fetchOne()).as("an acknowledged letter is not delivered again").isNull();
        assertThat(messagesIn("MEX")).as("limits retention keeps a read letter").isEqualTo(1);
        assertThat(guatemala.refusals()).isEmpty();
        assertThat(mexico.refusals()).isEmpty();
    }

    /**
     * Guatemala subscribes; then Honduras writes to Mexico, Mexico reads and acknowledges and the
     * operator looks at Mexico's stream, so that letters, replies to Mexico's and the operator's
     * inboxes and acknowledgements all cross the server while Guatemala listens. It hears none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"acogida.to.MEX", "acogida.to.*", "acogida.>", "_INBOX_MEX.>", "_INBOX.>", "$JS.ACK.>", "$JS.>", ">"})
    void anotherMemberCannotListenToMexicosLetters(String subject) throws Exception {
        setUp();
        Node guatemala = node("GTM");
        Subscription listening = guatemala.connection().subscribe(subject);

        guatemala.awaitRefusal("Permissions Violation for Subscription to \"" + subject + "\"");
        node("HND").jetStream().publish(letter("MEX", "letter-1", "hola"));
        Message read = node("MEX").fetchOne();
        read.ackSync(Duration.ofSeconds(2));
        assertThat(messagesIn("MEX")).as("the operator's answer, to its inbox under _INBOX.").isEqualTo(1);
        assertThat(listening.nextMessage(REFUSED_WITHIN)).as("what Guatemala heard on %s", subject).isNull();
    }

    /** The JetStream API calls by which one could read, take, acknowledge, watch or destroy Mexico's letters, sent as Guatemala. */
    @ParameterizedTest
    @ValueSource(strings = {
            "$JS.API.CONSUMER.MSG.NEXT.LETTERS_MEX.node {\"batch\":1,\"expires\":400000000}",
            "$JS.API.CONSUMER.INFO.LETTERS_MEX.node",
            "$JS.API.STREAM.INFO.LETTERS_MEX",
            "$JS.API.STREAM.MSG.GET.LETTERS_MEX {\"seq\":1}",
            "$JS.API.DIRECT.GET.LETTERS_MEX {\"seq\":1}",
            "$JS.API.CONSUMER.CREATE.LETTERS_MEX.spy {\"stream_name\":\"LETTERS_MEX\",\"config\":{\"name\":\"spy\",\"ack_policy\":\"none\"}}",
            "$JS.API.CONSUMER.DURABLE.CREATE.LETTERS_MEX.spy {\"stream_name\":\"LETTERS_MEX\",\"config\":{\"durable_name\":\"spy\",\"ack_policy\":\"none\"}}",
            "$JS.API.CONSUMER.DELETE.LETTERS_MEX.node",
            "$JS.API.STREAM.PURGE.LETTERS_MEX",
            "$JS.API.STREAM.DELETE.LETTERS_MEX",
            "$JS.API.STREAM.UPDATE.LETTERS_MEX {\"name\":\"LETTERS_MEX\",\"subjects\":[\"acogida.to.MEX\"],\"max_age\":1000000000}",
            "$JS.ACK.LETTERS_MEX.node.1.1.1.0.0 +ACK"})
    void anotherMemberCannotReachMexicosStreamOrConsumer(String request) throws Exception {
        setUp();
        Node guatemala = node("GTM");
        node("HND").jetStream().publish(letter("MEX", "letter-1", "hola"));
        String subject = request.split(" ", 2)[0];
        byte[] body = request.contains(" ") ? request.split(" ", 2)[1].getBytes(UTF_8) : new byte[0];

        // Not Connection.request: JetStream delivers a letter under its own subject, which request()'s shared inbox drops unseen.
        String inbox = guatemala.connection().createInbox();
        Subscription answers = guatemala.connection().subscribe(inbox);
        guatemala.connection().publish(subject, inbox, body);

        assertThat(answers.nextMessage(REFUSED_WITHIN)).as("an answer to %s", subject).isNull();
        guatemala.awaitRefusal("Permissions Violation for Publish to \"" + subject + "\"");
        assertMexicosLetterIsUnread("letter-1");
    }

    /** Returns to the secretariat: no member reads them, and none posts one in another member's name. */
    @ParameterizedTest
    @ValueSource(strings = {
            "$JS.API.CONSUMER.MSG.NEXT.RETURNS.secretariat {\"batch\":1,\"expires\":400000000}",
            "$JS.API.STREAM.INFO.RETURNS",
            "$JS.API.STREAM.MSG.GET.RETURNS {\"seq\":1}",
            "acogida.returns.MEX"})
    void aMemberCannotReadTheReturnsNorPostOneInAnothersName(String request) throws Exception {
        setUp();
        Node guatemala = node("GTM");
        String subject = request.split(" ", 2)[0];
        byte[] body = request.contains(" ") ? request.split(" ", 2)[1].getBytes(UTF_8) : new byte[0];
        String inbox = guatemala.connection().createInbox();
        Subscription answers = guatemala.connection().subscribe(inbox);
        guatemala.connection().publish(subject, inbox, body);

        assertThat(answers.nextMessage(REFUSED_WITHIN)).as("an answer to %s", subject).isNull();
        guatemala.awaitRefusal("Permissions Violation for Publish to \"" + subject + "\"");
    }

    @Test
    void aMembersReturnOnItsOwnSubjectReachesTheSecretariatWhichCanPostNothing() throws Exception {
        setUp();
        node("GTM").jetStream().publish(NatsMessage.builder().subject(LAYOUT.returnsSubject("GTM")).data("counts".getBytes(UTF_8)).build(),
                PublishOptions.builder().messageId("return-1").build());
        Node secretariat = node("SECRETARIAT", LAYOUT.secretariatOptions(broker.url(), broker.password(BrokerLayout.SECRETARIAT)));
        ConsumerContext consumer = secretariat.jetStream().getConsumerContext(BrokerLayout.RETURNS_STREAM, BrokerLayout.SECRETARIAT_CONSUMER);
        try (FetchConsumer fetch = consumer.fetch(FetchConsumeOptions.builder().maxMessages(1).expiresIn(1_000).build())) {
            Message read = fetch.nextMessage();
            assertThat(read).isNotNull();
            assertThat(read.getSubject()).isEqualTo("acogida.returns.GTM");
            assertThat(new String(read.getData(), UTF_8)).isEqualTo("counts");
        }
        secretariat.connection().publish("acogida.to.MEX", "a letter from the secretariat".getBytes(UTF_8));
        secretariat.awaitRefusal("Permissions Violation for Publish to \"acogida.to.MEX\"");
    }

    /** The same, through the jnats calls a node's code would use: each fails the way jnats fails a refused request. */
    @Test
    void anotherMembersJnatsCallsOnMexicosStreamFail() throws Exception {
        setUp();
        Node guatemala = node("GTM");
        node("HND").jetStream().publish(letter("MEX", "letter-1", "hola"));
        JetStreamManagement management = guatemala.connection().jetStreamManagement(guatemala.jetStreamOptions());
        String timeout = "Timeout or no response waiting for NATS JetStream server";

        assertThatThrownBy(() -> guatemala.jetStream().getConsumerContext("LETTERS_MEX", "node")).isInstanceOf(IOException.class).hasMessage(timeout);
        guatemala.awaitRefusal("Permissions Violation for Publish to \"$JS.API.STREAM.INFO.LETTERS_MEX\"");

        JetStreamSubscription bound = guatemala.jetStream().subscribe(null, PullSubscribeOptions.fastBind("LETTERS_MEX", "node"));
        assertThat(bound.fetch(1, Duration.ofSeconds(1))).as("a fetch bound to Mexico's consumer").isEmpty();
        guatemala.awaitRefusal("Permissions Violation for Publish to \"$JS.API.CONSUMER.MSG.NEXT.LETTERS_MEX.node\"");

        assertThatThrownBy(() -> management.addOrUpdateConsumer("LETTERS_MEX", ConsumerConfiguration.builder().durable("spy").build()))
                .isInstanceOf(IOException.class).hasMessage(timeout);
        guatemala.awaitRefusal("Permissions Violation for Publish to \"$JS.API.CONSUMER.CREATE.LETTERS_MEX.spy\"");
        assertThatThrownBy(() -> management.purgeStream("LETTERS_MEX")).isInstanceOf(IOException.class).hasMessage(timeout);
        guatemala.awaitRefusal("Permissions Violation for Publish to \"$JS.API.STREAM.PURGE.LETTERS_MEX\"");
        assertThatThrownBy(() -> management.deleteStream("LETTERS_MEX")).isInstanceOf(IOException.class).hasMessage(timeout);
        guatemala.awaitRefusal("Permissions Violation for Publish to \"$JS.API.STREAM.DELETE.LETTERS_MEX\"");

        assertMexicosLetterIsUnread("letter-1");
    }

    /** Streams and consumers are the operator's: a member cannot purge its own letters away, nor open a second way to read them. */
    @Test
    void aMemberCannotManageItsOwnStream() throws Exception {
        setUp();
        node("HND").jetStream().publish(letter("MEX", "letter-1", "hola"));
        Node mexico = node("MEX");
        JetStreamManagement management = mexico.connection().jetStreamManagement(mexico.jetStreamOptions());

        assertThatThrownBy(() -> management.purgeStream("LETTERS_MEX")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> management.deleteConsumer("LETTERS_MEX", "node")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> management.addOrUpdateConsumer("LETTERS_MEX", ConsumerConfiguration.builder().durable("second").build()))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> management.addStream(StreamConfiguration.builder().name("MINE").subjects("acogida.to.GTM").build()))
                .isInstanceOf(IOException.class);

        mexico.awaitRefusal("Permissions Violation for Publish to \"$JS.API.STREAM.PURGE.LETTERS_MEX\"");
        mexico.awaitRefusal("Permissions Violation for Publish to \"$JS.API.CONSUMER.DELETE.LETTERS_MEX.node\"");
        mexico.awaitRefusal("Permissions Violation for Publish to \"$JS.API.CONSUMER.CREATE.LETTERS_MEX.second\"");
        mexico.awaitRefusal("Permissions Violation for Publish to \"$JS.API.STREAM.CREATE.MINE\"");
        assertMexicosLetterIsUnread("letter-1");
    }

    /** Replies come back under the member's own prefix: a client left on jnats's default _INBOX. cannot even hear its letter acknowledged. */
    @Test
    void aMemberOnTheDefaultInboxPrefixHearsNoAcknowledgement() throws Exception {
        setUp();
        Node guatemala = node("GTM", new Options.Builder(broker.memberOptions("GTM").build()).inboxPrefix("_INBOX."));

        assertThatThrownBy(() -> guatemala.jetStream().publish(letter("MEX", "letter-1", "hola")))
                .isInstanceOf(IOException.class).hasMessage("Timeout or no response waiting for NATS JetStream server");

        guatemala.awaitRefusal("Permissions Violation for Subscription to \"_INBOX.");
        assertThat(messagesIn("MEX")).as("stored all the same: only the acknowledgement was lost, and a retry with the same Nats-Msg-Id is dropped")
                .isEqualTo(1);
    }

    @Test
    void nobodyConnectsWithoutAMembersPassword() {
        Options anonymous = new Options.Builder().server(broker.url()).noReconnect().build();
        Options mexicoWithGuatemalasPassword = new Options.Builder(LAYOUT.memberOptions(broker.url(), "MEX", broker.password("GTM")).build())
                .noReconnect().build();

        assertThatThrownBy(() -> Nats.connect(anonymous)).isInstanceOf(IOException.class).hasMessageContaining("Authorization Violation");
        assertThatThrownBy(() -> Nats.connect(mexicoWithGuatemalasPassword)).isInstanceOf(IOException.class)
                .hasMessageContaining("Authorization Violation");
    }

    /**
     * SIGKILL gives the server no chance to flush: the letters it acknowledged to Guatemala must
     * be in its files already, and its memory of their Nats-Msg-Id too, or a node retrying after
     * the crash would store a letter twice. The nodes' connections come back by themselves.
     * Nothing is read before the crash: a SIGKILL just after a read can make nats-server 2.9
     * forget the consumer's whole state (BrokerLayout), and then letters already read come again,
     * which is the node's to ignore, not a broker guarantee this test could hold.
     */
    @Test
    void lettersAcknowledgedToTheSenderSurviveAKill9() throws Exception {
        setUp();
        Node guatemala = node("GTM");
        Node mexico = node("MEX");
        guatemala.jetStream().publish(letter("MEX", "letter-1", "uno"));
        guatemala.jetStream().publish(letter("MEX", "letter-2", "dos"));

        broker.kill9();
        broker.start();

        assertThat(messagesIn("MEX")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> guatemala.connection().getStatus() == Connection.Status.CONNECTED
                && mexico.connection().getStatus() == Connection.Status.CONNECTED);
        assertThat(guatemala.jetStream().publish(letter("MEX", "letter-2", "dos")).isDuplicate())
                .as("sent again after the crash, within the duplicate window").isTrue();
        List<String> read = new ArrayList<>();
        for (Message letter; (letter = mexico.fetchOne()) != null; ) {
            read.add(new String(letter.getData(), UTF_8));
            letter.ackSync(Duration.ofSeconds(2));
        }
        assertThat(read).containsExactly("uno", "dos");
        assertThat(consumer("MEX").getAckFloor().getStreamSequence()).isEqualTo(2);
    }

    private void setUp() throws Exception {
        new BrokerSetup(LAYOUT).apply(broker.url(), broker.operatorPassword());
    }

    private void assertMexicosLetterIsUnread(String letterId) throws Exception {
        assertThat(messagesIn("MEX")).isEqualTo(1);
        ConsumerInfo consumer = consumer("MEX");
        assertThat(consumer.getDelivered().getStreamSequence()).as("letters delivered from Mexico's consumer").isZero();
        assertThat(consumer.getNumPending()).isEqualTo(1);
        Message letter = node("MEX").fetchOne();
        assertThat(letter).as("Mexico's letter, still there for Mexico").isNotNull();
        assertThat(letter.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(letterId);
    }

    private Message letter(String to, String letterId, String text) {
        return NatsMessage.builder().subject(LAYOUT.subject(to)).headers(new Headers().add("Nats-Msg-Id", letterId)).data(text, UTF_8).build();
    }

    private long messagesIn(String member) throws Exception {
        try (Connection operator = Nats.connect(broker.operatorOptions().build())) {
            return operator.jetStreamManagement().getStreamInfo(LAYOUT.stream(member)).getStreamState().getMsgCount();
        }
    }

    private ConsumerInfo consumer(String member) throws Exception {
        try (Connection operator = Nats.connect(broker.operatorOptions().build())) {
            return operator.jetStreamManagement().getConsumerInfo(LAYOUT.stream(member), BrokerLayout.CONSUMER);
        }
    }

    /** Each stream's and consumer's configuration and creation time, as the operator sees them. */
    private Map<String, String> whatTheServerHolds() throws IOException, JetStreamApiException, InterruptedException {
        Map<String, String> held = new TreeMap<>();
        try (Connection operator = Nats.connect(broker.operatorOptions().build())) {
            JetStreamManagement management = operator.jetStreamManagement();
            for (String member : LAYOUT.members()) {
                StreamInfo stream = management.getStreamInfo(LAYOUT.stream(member));
                ConsumerInfo consumer = management.getConsumerInfo(LAYOUT.stream(member), BrokerLayout.CONSUMER);
                held.put(member + " stream", stream.getConfiguration().toJson() + " created " + stream.getCreateTime());
                held.put(member + " consumer", consumer.getConsumerConfiguration().toJson() + " created " + consumer.getCreationTime());
            }
            held.put("streams", management.getStreamNames().toString());
        }
        return held;
    }

    private Node node(String member) throws IOException, InterruptedException {
        return node(member, broker.memberOptions(member));
    }

    private Node node(String member, Options.Builder options) throws IOException, InterruptedException {
        List<String> refusals = new CopyOnWriteArrayList<>();
        Connection connection = Nats.connect(options.errorListener(new ErrorListener() {
            @Override
            public void errorOccurred(Connection conn, String error) {
                refusals.add(error);
            }
        }).build());
        Node node = new Node(member, connection, refusals);
        nodes.add(node);
        return node;
    }

    /** A member's connection as its node opens it, remembering every error the server sent it. */
    private record Node(String member, Connection connection, List<String> refusals) {

        JetStreamOptions jetStreamOptions() {
            return JetStreamOptions.builder().requestTimeout(REFUSED_WITHIN).build();
        }

        JetStream jetStream() throws IOException {
            return connection.jetStream(jetStreamOptions());
        }

        /** The next letter in this member's own stream, or null when none comes within a second. */
        Message fetchOne() throws Exception {
            ConsumerContext consumer = jetStream().getConsumerContext(LAYOUT.stream(member), BrokerLayout.CONSUMER);
            try (FetchConsumer fetch = consumer.fetch(FetchConsumeOptions.builder().maxMessages(1).expiresIn(1_000).build())) {
                return fetch.nextMessage();
            }
        }

        void awaitRefusal(String start) {
            await("the server refusing " + member + ": " + start).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(refusals).anySatisfy(error -> assertThat(error).startsWith(start)));
        }

        void close() {
            try {
                connection.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
