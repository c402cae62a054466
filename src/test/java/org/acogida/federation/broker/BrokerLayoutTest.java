package org.acogida.federation.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.nats.client.Options;
import org.junit.jupiter.api.Test;

/** The names and the configuration text; that the server enforces them is BrokerIsolationTest's. */
class BrokerLayoutTest {

    static final BrokerLayout LAYOUT = BrokerLayout.of("GTM", "MEX");

    @Test
    void namesEachMembersSubjectStreamInboxAndUser() {
        assertThat(LAYOUT.subject("MEX")).isEqualTo("acogida.to.MEX");
        assertThat(LAYOUT.stream("MEX")).isEqualTo("LETTERS_MEX");
        assertThat(LAYOUT.inboxPrefix("MEX")).isEqualTo("_INBOX_MEX.");
        assertThat(LAYOUT.user("MEX")).isEqualTo("mex");
        assertThat(LAYOUT.permissions("MEX").subscribe()).containsExactly("_INBOX_MEX.>");
        assertThat(LAYOUT.permissions("MEX").publish()).contains("acogida.to.*", "$JS.ACK.LETTERS_MEX.node.>")
                .noneMatch(subject -> subject.contains("GTM"));
    }

    @Test
    void aNodeConnectsWithItsMembersUserAndInboxAndNeverStopsReconnecting() {
        Options options = LAYOUT.memberOptions("nats://127.0.0.1:4222", "GTM", "secret").build();

        assertThat(options.getUsernameChars()).containsExactly("gtm".toCharArray());
        assertThat(options.getInboxPrefix()).isEqualTo("_INBOX_GTM.");
        assertThat(options.getConnectionName()).isEqualTo("acogida node for GTM");
        assertThat(options.getMaxReconnect()).isEqualTo(-1);
        assertThat(options.getReconnectDelayHandler().getWaitTime(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(300));
        assertThat(options.getReconnectDelayHandler().getWaitTime(50)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(36));
    }

    @Test
    void writesOneUserPerMemberAndTheOperator() {
        String config = LAYOUT.serverConfig(4333, Path.of("/var/lib/acogida-nats"), Map.of("GTM", "g-pass", "MEX", "m-pass"), "o-pass");

        assertThat(config).contains("listen: \"127.0.0.1:4333\"", "store_dir: \"/var/lib/acogida-nats\"",
                "user: \"gtm\"", "password: \"g-pass\"", "user: \"mex\"", "subscribe: { allow: [\"_INBOX_MEX.>\"] }",
                "{ user: \"operator\", password: \"o-pass\" }");
        assertThat(config).doesNotContain("accounts");
    }

    @Test
    void refusesWhatItCannotWriteSafely() {
        assertThatThrownBy(() -> BrokerLayout.of("mex")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerLayout.of("MEX", "MEX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAYOUT.stream("HND")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAYOUT.authorization(Map.of("GTM", "g-pass"), "o-pass"))
                .as("a member without a password").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAYOUT.authorization(Map.of("GTM", "g\"pass", "MEX", "m-pass"), "o-pass"))
                .as("a quote would end the string early").isInstanceOf(IllegalArgumentException.class);
    }
}
