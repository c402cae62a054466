package org.acogida.platform.actor;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A signed-in user as the rest of Acogida sees them: an id, a role and, for most, a member state. */
public record Actor(UUID userId, Role role, String memberState) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (role.belongsToMemberState() == (memberState == null)) {
            throw new IllegalArgumentException(role + " and member state " + memberState + " do not go together");
        }
    }

    public MemberScope scope() {
        return memberState == null ? new MemberScope.Secretariat() : new MemberScope.OfMember(memberState);
    }

    public Optional<String> member() {
        return Optional.ofNullable(memberState);
    }
}
