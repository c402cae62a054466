package org.acogida.federation.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.nats.client.Options;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;

/**
 * Where the letters between member states travel on NATS JetStream, and who may touch what. Each
 * member has one stream of the letters addressed to it and one durable pull consumer that its node
 * reads; each member has its own NATS user, allowed to post a letter to anyone but to read, and
 * acknowledge, only its own. A node that hosts several members opens one connection per member,
 * so that one member's credentials never carry another's letters. Streams and consumers belong to
 * the secretariat's operator ({@link BrokerSetup}): members cannot create, purge or delete them.
 *
 * <p>The names and permissions are written in one place because the server's configuration and
 * the clients must agree to the character: a member whose inbox prefix differs from the one its
 * user may subscribe to cannot even receive the answer to its own request.
 *
 * <p>A letter can reach its addressee more than once: after the acknowledgement wait, and after a
 * crash of the broker, which can forget what a consumer has read: nats-server rewrites the
 * consumer's state file in place, and a SIGKILL between truncating and writing leaves it empty,
 * so the consumer starts again from the first letter kept (seen on 2.9.10, 6 crashes in 10 just
 * after a read). A node must store letters by their Nats-Msg-Id and ignore one it already holds.
 */
public record BrokerLayout(List<String> members) {

    /** The one durable consumer of each member's stream, read by that member's node. */
    public static final String CONSUMER = "node";
    public static final String OPERATOR = "operator";
    /**
     * The coalition secretariat's user: it reads the members' returns (aggregates, already
     * suppressed) and nothing else; no member may read them. Its password is given under this key
     * beside the members' ({@link #authorization}).
     */
    public static final String SECRETARIAT = "SECRETARIAT";
    /** The stream of every member's returns to the secretariat, and its one consumer. */
    public static final String RETURNS_STREAM = "RETURNS";
    public static final String SECRETARIAT_CONSUMER = "secretariat";

    /** A letter sent again within a day (a node retrying after a lost acknowledgement) is stored once. */
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);
    /** A member's node that stays away longer than this loses its letters: the senders must be told to send again. */
    static final Duration MAX_AGE = Duration.ofDays(30);
    /**
     * Long enough to verify a signature and store a letter (milliseconds), short enough that a node
     * that died holding one gets it again soon after it restarts; a slow one that gets it twice
     * reads it once (its inbox is keyed by the letter's id).
     */
    static final Duration ACK_WAIT = Duration.ofSeconds(5);

    private static final Pattern MEMBER = Pattern.compile("[A-Z]{3}");

    public BrokerLayout {
        members = List.copyOf(members);
        for (String member : members) {
            if (!MEMBER.matcher(member).matches()) {
                throw new IllegalArgumentException("A member is its ISO 3166 alpha-3 code in capitals: " + member);
            }
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("A member is listed twice: " + members);
        }
    }

    public static BrokerLayout of(String... members) {
        return new BrokerLayout(List.of(members));
    }

    public String subject(String member) {
        return "acogida.to." + known(member);
    }

    public String stream(String member) {
        return "LETTERS_" + known(member);
    }

    /** Replies to a member (acknowledgements of its letters, the letters it fetches) arrive under this prefix, which no other member may subscribe to. */
    public String inboxPrefix(String member) {
        return "_INBOX_" + known(member) + ".";
    }

    public String user(String member) {
        return known(member).toLowerCase(Locale.ROOT);
    }

    /** Where a member posts its returns: only its own subject, so that the broker already refuses a return in another member's name. */
    public String returnsSubject(String member) {
        return "acogida.returns." + known(member);
    }

    /** The member a return's subject names, or null for a subject that is not a return's. */
    public static String memberOfReturnsSubject(String subject) {
        String prefix = "acogida.returns.";
        if (subject == null || !subject.startsWith(prefix)) {
            return null;
        }
        String member = subject.substring(prefix.length());
        return MEMBER.matcher(member).matches() ? member : null;
    }

    public String secretariatInboxPrefix() {
        return "_INBOX_SECRETARIAT.";
    }

    /** Returns are kept a year: the secretariat reads them at once, and can read a period again after a disaster. */
    public StreamConfiguration returnsStreamConfiguration() {
        return StreamConfiguration.builder()
                .name(RETURNS_STREAM)
                .subjects("acogida.returns.*")
                .storageType(StorageType.File)
                .retentionPolicy(RetentionPolicy.Limits)
                .duplicateWindow(DUPLICATE_WINDOW)
                .maxAge(Duration.ofDays(366))
                .build();
    }

    public ConsumerConfiguration secretariatConsumerConfiguration() {
        return ConsumerConfiguration.builder()
                .durable(SECRETARIAT_CONSUMER)
                .ackPolicy(AckPolicy.Explicit)
                .ackWait(ACK_WAIT)
                .maxDeliver(-1)
                .deliverPolicy(DeliverPolicy.All)
                .build();
    }

    /** The secretariat reads the returns' stream through its consumer, and posts nothing: it sends no letter to anyone. */
    public MemberPermissions secretariatPermissions() {
        return new MemberPermissions(
                List.of("$JS.API.STREAM.INFO." + RETURNS_STREAM,
                        "$JS.API.CONSUMER.INFO." + RETURNS_STREAM + "." + SECRETARIAT_CONSUMER,
                        "$JS.API.CONSUMER.MSG.NEXT." + RETURNS_STREAM + "." + SECRETARIAT_CONSUMER,
                        "$JS.ACK." + RETURNS_STREAM + "." + SECRETARIAT_CONSUMER + ".>"),
                List.of(secretariatInboxPrefix() + ">"));
    }

    public Options.Builder secretariatOptions(String url, String password) {
        return connection(url, SECRETARIAT.toLowerCase(Locale.ROOT), password)
                .inboxPrefix(secretariatInboxPrefix())
                .connectionName("acogida secretariat");
    }

    /**
     * Limits retention, not work-queue: an acknowledged letter stays until it is thirty days old, so
     * that the operator can still tell a member "it was delivered" and replay it after a node's
     * disaster; the consumer, not the stream, remembers what the node has read.
     */
    public StreamConfiguration streamConfiguration(String member) {
        return StreamConfiguration.builder()
                .name(stream(member))
                .subjects(subject(member))
                .storageType(StorageType.File)
                .retentionPolicy(RetentionPolicy.Limits)
                .duplicateWindow(DUPLICATE_WINDOW)
                .maxAge(MAX_AGE)
                .build();
    }

    /** Unlimited deliveries: a letter the node cannot take yet is offered again, never dropped after N tries. */
    public ConsumerConfiguration consumerConfiguration() {
        return ConsumerConfiguration.builder()
                .durable(CONSUMER)
                .ackPolicy(AckPolicy.Explicit)
                .ackWait(ACK_WAIT)
                .maxDeliver(-1)
                .deliverPolicy(DeliverPolicy.All)
                .build();
    }

    /**
     * Post to any member; read its own stream through its own consumer, and nothing else on the
     * JetStream API (no message by sequence, no new consumer, no purge). Reading takes, as jnats
     * 2.22 does it: {@code getConsumerContext} looks up the stream and then the consumer (STREAM.INFO,
     * CONSUMER.INFO), a fetch asks for the next letters (CONSUMER.MSG.NEXT) with an inbox under the
     * member's prefix for reply, and an acknowledgement is a publish to the letter's reply subject
     * ({@code $JS.ACK.<stream>.<consumer>.…}). A pull subscription bound with
     * {@code PullSubscribeOptions.fastBind} would need only the last two; the two look-ups are
     * allowed so that a node can use jnats's recommended API, and show a member only its own stream.
     * {@code $JS.API.INFO} is not needed. Any other member's user is refused each of these.
     */
    public MemberPermissions permissions(String member) {
        String stream = stream(member);
        return new MemberPermissions(
                List.of("acogida.to.*",
                        returnsSubject(member),
                        "$JS.API.STREAM.INFO." + stream,
                        "$JS.API.CONSUMER.INFO." + stream + "." + CONSUMER,
                        "$JS.API.CONSUMER.MSG.NEXT." + stream + "." + CONSUMER,
                        "$JS.ACK." + stream + "." + CONSUMER + ".>"),
                List.of(inboxPrefix(member) + ">"));
    }

    /**
     * The whole configuration of a broker for tests and a single-machine installation: listening
     * on the loopback interface only, JetStream in {@code storeDir}, and {@link #authorization}.
     */
    public String serverConfig(int port, Path storeDir, Map<String, String> passwordsByMember, String operatorPassword) {
        return "# Acogida's letters between member states: one NATS user per member, each reading only its own letters.\n"
                + "listen: " + quoted("127.0.0.1:" + port) + "\n"
                + "jetstream {\n  store_dir: " + quoted(storeDir.toAbsolutePath().toString()) + "\n}\n"
                + authorization(passwordsByMember, operatorPassword);
    }

    /**
     * The users and their permissions, in the server's global account (no {@code accounts} block):
     * the text the production documentation gives for a broker, whose listen address and TLS are
     * the installation's own. Passwords are written as given, in plain text, which nats-server 2.9
     * accepts; in production give bcrypt hashes instead ({@code nats server passwd}) or nkeys, so
     * that the file holds no usable credential. Writing those is not done here.
     */
    public String authorization(Map<String, String> passwordsByMember, String operatorPassword) {
        Set<String> given = new java.util.HashSet<>(passwordsByMember.keySet());
        given.remove(SECRETARIAT);
        if (!given.equals(Set.copyOf(members))) {
            throw new IllegalArgumentException("A password for exactly these members: " + members + ", not " + passwordsByMember.keySet());
        }
        List<String> users = new ArrayList<>();
        for (String member : members) {
            users.add(user(user(member), passwordsByMember.get(member), permissions(member)));
        }
        if (passwordsByMember.containsKey(SECRETARIAT)) {
            users.add(user(SECRETARIAT.toLowerCase(Locale.ROOT), passwordsByMember.get(SECRETARIAT), secretariatPermissions()));
        }
        users.add("    # No permissions block: the operator may do everything, which creating streams and consumers needs.\n"
                + "    { user: " + quoted(OPERATOR) + ", password: " + quoted(password(operatorPassword)) + " }\n");
        return "authorization {\n  users = [\n" + String.join("", users) + "  ]\n}\n";
    }

    private static String user(String name, String password, MemberPermissions permissions) {
        return "    {\n"
                + "      user: " + quoted(name) + "\n"
                + "      password: " + quoted(password(password)) + "\n"
                + "      permissions: {\n"
                + "        publish: { allow: " + list(permissions.publish()) + " }\n"
                + "        subscribe: { allow: " + list(permissions.subscribe()) + " }\n"
                + "      }\n"
                + "    }\n";
    }

    /** Connection options for a node acting for {@code member}; add an error listener or JetStream options as needed. */
    public Options.Builder memberOptions(String url, String member, String password) {
        return connection(url, user(member), password)
                .inboxPrefix(inboxPrefix(member))
                .connectionName("acogida node for " + member);
    }

    public Options.Builder operatorOptions(String url, String password) {
        return connection(url, OPERATOR, password).connectionName("acogida secretariat operator");
    }

    /**
     * Reconnects forever: a node must come back by itself after the broker restarts, however long
     * that takes, and the backoff keeps a hundred nodes from hammering a broker that is starting.
     */
    private static Options.Builder connection(String url, String user, String password) {
        return new Options.Builder()
                .server(url)
                .userInfo(user, password)
                .maxReconnects(-1)
                .reconnectDelayHandler(new ReconnectBackoff(Duration.ofMillis(250), Duration.ofSeconds(30)));
    }

    private String known(String member) {
        if (!members.contains(member)) {
            throw new IllegalArgumentException("Not a member of this broker: " + member + " (members: " + members + ")");
        }
        return member;
    }

    private static String password(String password) {
        if (password == null || password.isEmpty() || !password.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("A password is printable ASCII without spaces, quotes or backslashes");
        }
        return password;
    }

    private static String list(List<String> subjects) {
        return "[" + String.join(", ", subjects.stream().map(BrokerLayout::quoted).toList()) + "]";
    }

    /** Double quotes keep {@code $JS...} from being read as a variable; a value with a quote or a backslash is refused rather than escaped. */
    private static String quoted(String value) {
        if (value.contains("\"") || value.contains("\\") || value.contains("\n")) {
            throw new IllegalArgumentException("Cannot write this value into the server's configuration: " + value);
        }
        return "\"" + value + "\"";
    }
}
