package org.acogida.reception;

/** How a person came to the arrival point. */
public enum ArrivalKind {
    /** On a flight with a notice and a manifest: the case was created when the flight landed. */
    FLIGHT,
    /** At a land border crossing, handed over or on foot. */
    LAND_BORDER,
    /** At the reception centre on their own, without a notice. */
    WALK_IN,
    /** From another member, by a transfer its coordinator accepted: the case came with the person's record, and the desk expects them. */
    TRANSFER
}
