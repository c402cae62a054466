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

    /** The trust list as the secretariat publishes it. */
    public record TrustListFile(List<MemberKeys> members) {}

    private final FederationProperties federation;
    private final MemberCrypto crypto;
    private final Countries countries;
    private final JsonMapper json;
    private final Map<String, MemberKeys> own = new ConcurrentHashMap<>();
    private volatile Listed listed = new Listed(null, Map.of());

    /** The trust list as last read, with the file's modification time it was read at. */
    private record Listed(java.nio.file.attribute.FileTime readAt, Map<String, MemberKeys> members) {}

    TrustedKeys(FederationProperties federation, MemberCrypto crypto, Countries countries, JsonMapper json) {
        this.federation = federation;
        this.crypto = crypto;
        this.countries = countries;
        this.json = json;
        listed();
    }

    /** Whether this node hosts the member: the members it lists, or, listing none, every member of the coalition. */
    public boolean hosts(String member) {
        return federation.hostsEveryMember() ? countries.isMember(member) : federation.members().contains(member);
    }

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
        try {
            if (!Files.exists(federation.trustList())) {
                return Map.of();
            }
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(federation.trustList());
            Listed current = listed;
            if (modified.equals(current.readAt())) {
                return current.members();
            }
            Map<String, MemberKeys> members = read(Files.readString(federation.trustList()));
            checkOwnKeys(members);
            listed = new Listed(modified, members);
            return members;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust list " + federation.trustList(), e);
        }
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
