package org.acogida.sharing;

/** Where a share stands, the same on both sides once the messages have arrived. */
public enum ShareStatus {
    /** Offered; the other member has not decided. */
    OFFERED,
    /** The other member's coordinator accepted: what the purpose allows was sent. */
    ACCEPTED,
    /** The other member's coordinator rejected it, with a reason. */
    REJECTED,
    /** The person withdrew their consent: nothing more crosses, and what crossed is erased. */
    REVOKED
}
