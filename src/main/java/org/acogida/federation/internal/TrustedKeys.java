package org.acogida.federation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acogida.coalition.Countries;
import org.acogida.federation.FederationProperties;
import org.acogida.federation.MemberKeys;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members whose letters this node accepts, and the keys it checks them with: its own members'
 * from its keys directory, the others' from the coalition's trust list. A node whose trust list
 * names another key for one of its own members refuses to start (or to take the new list): it
 * would sign what nobody can check.
 */
@Component
public class TrustedKeys {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrustedKeys.class);

    /** The trust list as the secretariat publishes it. */
    public record TrustListFile(List<MemberKeys> members) {}

    private final FederationProperties federation;
    private final MemberCrypto crypto;
    private final Countries countries;
    private final JsonMapper json;
    private final Map<String, MemberKeys> own = new ConcurrentHashMap<>();
    private volatile Listed listed = new Listed(null, Map.of());

    /** The trust list as last read, with the file's modification time it was read at. */
    private record Listed(String readAt, Map<String, MemberKeys> members) {}

    TrustedKeys(FederationProperties federation, MemberCrypto crypto, Countries countries, JsonMapper json) {
        this.federation = federation;
        this.crypto = crypto;
        this.countries = countries;
        this.json = json;
        if (federation.trustList() != null && federation.trustListKey() == null && !federation.hostsEveryMember()) {
            log.warn("The trust list {} is taken unsigned: pin the secretariat's key (acogida.federation.trust-list-key) in production",
                    federation.trustList());
        }
        listed();
    }

    /** The members this node hosts: those it lists, or, listing none, every member of the coalition. */
    public java.util.List<String> hostedMembers() {
        return federation.hostsEveryMember() ? countries.members().stream().map(c -> c.iso3()).sorted().toList() : federation.members();
    }

    /** Whether this node hosts the member: the members it lists, or, listing none, every member of the coalition. */
    public boolean hosts(String member) {
        return federation.hostsEveryMember() ? isMember(member) : federation.members().contains(member);
    }

    /**
     * Whether the member belongs to the coalition, from the members read last, and from the
     * database only for one not among them: every letter asks several times, and the resend asks
     * for every member every two seconds. A member, once admitted, stays (there is no leaving), so
     * the members read last never go stale for a member among them.
     */
    private boolean isMember(String member) {
        if (members.contains(member)) {
            return true;
        }
        members = countries.members().stream().map(c -> c.iso3()).collect(Collectors.toUnmodifiableSet());
        return members.contains(member);
    }

    private volatile java.util.Set<String> members = java.util.Set.of();

    /** The member's keys, if the coalition trusts it. */
    public Optional<MemberKeys> of(String member) {
        if (hosts(member)) {
            return Optional.of(ownKeys(member));
        }
        return Optional.ofNullable(listed().get(member));
    }

    public MemberKeys ownKeys(String member) {
        return own.computeIfAbsent(member, m -> crypto.publicKeysOf(m, federation.node()));
    }

    /**
     * The trust list, read again when the secretariat published a new one (the file changed): a
     * member that joins is trusted without restarting every node.
     */
    private Map<String, MemberKeys> listed() {
        if (federation.trustList() == null) {
            return Map.of();
        }
        Listed current = listed;
        try {
            if (!Files.exists(federation.trustList())) {
                return current.members();
            }
            java.nio.file.Path signature = signatureFile(federation.trustList());
            String modified = Files.getLastModifiedTime(federation.trustList()) + "|"
                    + (Files.exists(signature) ? Files.getLastModifiedTime(signature) : "unsigned");
            if (modified.equals(current.readAt())) {
                return current.members();
            }
            byte[] bytes = Files.readAllBytes(federation.trustList());
            if (!signedBySecretariat(bytes)) {
                log.error("The trust list {} is not signed with the secretariat's key pinned here (acogida.federation.trust-list-key): "
                        + "kept the list read before, {} member(s)", federation.trustList(), current.members().size());
                listed = new Listed(modified, current.members());
                return current.members();
            }
            Map<String, MemberKeys> members = read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            checkOwnKeys(members);
            members.forEach((member, keys) -> {
                MemberKeys before = current.members().get(member);
                if (before != null && !MemberCrypto.fingerprint(before).equals(MemberCrypto.fingerprint(keys))) {
                    log.warn("The trust list changed the keys of {}: letters from it are now checked with key {}", member,
                            MemberCrypto.fingerprint(keys));
                }
            });
            listed = new Listed(modified, members);
            return members;
        } catch (IOException e) {
            log.error("Cannot read the trust list {}: kept the list read before", federation.trustList(), e);
            return current.members();
        } catch (IllegalStateException e) {
            if (current.readAt() == null && e.getMessage().contains("holds other keys")) {
                throw e;
            }
            log.error("The trust list {} was not taken: {}; kept the list read before", federation.trustList(), e.getMessage());
            return current.members();
        }
    }

    /** With the secretariat's key pinned, the list is taken only with its signature beside it, in FILE.sig (Base64). */
    private boolean signedBySecretariat(byte[] bytes) throws IOException {
        if (federation.trustListKey() == null) {
            return true;
        }
        java.nio.file.Path signature = signatureFile(federation.trustList());
        if (!Files.exists(signature)) {
            return false;
        }
        try {
            return MemberCrypto.verifies(federation.trustListKey(), bytes, java.util.Base64.getDecoder().decode(Files.readString(signature).strip()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    public static java.nio.file.Path signatureFile(java.nio.file.Path trustList) {
        return trustList.resolveSibling(trustList.getFileName() + ".sig");
    }

    private Map<String, MemberKeys> read(String text) {
        try {
            TrustListFile file = json.readValue(text, TrustListFile.class);
            return file.members().stream().collect(Collectors.toUnmodifiableMap(MemberKeys::member, Function.identity()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The trust list " + federation.trustList() + " is not a list of members' keys: " + e.getMessage(), e);
        }
    }

    private void checkOwnKeys(Map<String, MemberKeys> members) {
        for (String member : federation.members()) {
            MemberKeys published = members.get(member);
            if (published != null && !MemberCrypto.fingerprint(published).equals(MemberCrypto.fingerprint(ownKeys(member)))) {
                throw new IllegalStateException("The trust list " + federation.trustList() + " holds other keys for " + member
                        + " than this node's keys directory: publish this node's keys (./acogida federation keys) or restore its keys.");
            }
        }
    }
}
