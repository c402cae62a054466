package org.acogida.platform.actor;

/**
 * The one role each user has. Every role but the coalition analyst works for exactly one member
 * state; analysts work for the coalition secretariat and see aggregates only.
 */
public enum Role {
    RECEPTION_OFFICER,
    CASE_WORKER,
    PROTECTION_OFFICER,
    MEMBER_COORDINATOR,
    COALITION_ANALYST,
    ADMINISTRATOR;

    public boolean belongsToMemberState() {
        return this != COALITION_ANALYST;
    }

    /** The authority Spring Security checks, for example {@code ROLE_ADMINISTRATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
