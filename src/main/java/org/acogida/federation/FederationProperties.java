package org.acogida.federation;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node's place in the federation. With no members listed the node hosts every member of the
 * coalition and needs no broker (the one-command demo); a member's own node lists its member.
 *
 * @param node        the node's name, for the message log and the broker's connection names
 * @param members     the member states this node hosts, by ISO 3166 alpha-3 code; empty: all
 * @param natsUrl     the NATS server letters to members hosted elsewhere travel through; empty: none
 * @param credentials a properties file, readable by the node only, with each hosted member's NATS
 *                    password ({@code GTM=...})
 * @param trustList   the coalition's trust list (members' public keys), as the secretariat
 *                    publishes it; empty: the keys of the members hosted here
 * @param trustListKey the secretariat's Ed25519 public key (raw, Base64), pinned here: the trust
 *                    list is then taken only with a valid signature beside it ({@code FILE.sig});
 *                    empty: an unsigned list is taken, with a warning
 * @param secretariat  this node is the coalition secretariat's: it receives the members' reports
 *                    (aggregates), with the secretariat's NATS password in the credentials
 *                    ({@code SECRETARIAT=...}); the one-command demo's node is
 */
@ConfigurationProperties("acogida.federation")
public record FederationProperties(String node, List<String> members, String natsUrl, Path credentials, Path trustList, String trustListKey,
                                   Boolean secretariat) {

    public FederationProperties(String node, List<String> members, String natsUrl, Path credentials, Path trustList, String trustListKey) {
        this(node, members, natsUrl, credentials, trustList, trustListKey, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public FederationProperties {
        node = node == null || node.isBlank() ? "local" : node;
        members = members == null ? List.of() : members.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        natsUrl = natsUrl == null ? "" : natsUrl.strip();
        credentials = credentials == null || credentials.toString().isBlank() ? null : credentials;
        trustList = trustList == null || trustList.toString().isBlank() ? null : trustList;
        trustListKey = trustListKey == null || trustListKey.isBlank() ? null : trustListKey.strip();
        // A node that hosts every member is the whole coalition, its secretariat included.
        secretariat = secretariat == null ? members.isEmpty() : secretariat;
    }

    public boolean hostsTheSecretariat() {
        return secretariat;
    }

    public boolean hostsEveryMember() {
        return members.isEmpty();
    }
}
