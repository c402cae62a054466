package org.acogida.cases;

/** Whether the person of a case is with the member: what other modules need to know of where they stand at arrival. */
public enum CaseStatus {
    /** Opened from a landed flight's manifest; the person has not been seen yet. */
    AWAITED,
    /** The person is here: seen at the desk, or came without a flight. */
    ACTIVE,
    /** The person did not arrive: on the manifest, not on the aircraft. (Not a closed case: closing one is to come.) */
    NOT_ARRIVED,
    /**
     * Handed over to another member by a transfer: the case is that member's now, and this one is
     * kept as a read-only record of where it went (see sharing).
     */
    TRANSFERRED
}
