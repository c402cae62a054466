package org.acogida.platform.actor;

import java.util.Objects;

/**
 * Whose data a piece of work may touch. Member data is read and written only under
 * {@link OfMember}; the secretariat sees aggregates; {@link SystemTask} is for work no user asked
 * for (authentication, the audit walk, seeding the demo) and is named so it can be reviewed.
 */
public sealed interface MemberScope {

    record OfMember(String memberState) implements MemberScope {
        public OfMember {
            Objects.requireNonNull(memberState, "memberState");
            if (!memberState.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("Not an ISO 3166-1 alpha-3 code: " + memberState);
            }
        }
    }

    record Secretariat() implements MemberScope {}

    record SystemTask(String reason) implements MemberScope {}

    record Nobody() implements MemberScope {}
}
