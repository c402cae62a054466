package org.acogida.audit;

/** What was done. Reads of a person's record and exports are audited like changes. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    READ,
    EXPORT,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    LOCKED_OUT,
    VERIFY_CHAIN;

    public String messageKey() {
        return "audit.action." + name();
    }
}
