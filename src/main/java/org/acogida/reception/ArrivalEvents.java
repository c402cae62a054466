package org.acogida.reception;

import org.acogida.cases.CaseEventKind;

/** What reception writes on a case's timeline. */
public enum ArrivalEvents implements CaseEventKind {
    ARRIVED_ON_FLIGHT,
    ARRIVED_LAND_BORDER,
    ARRIVED_WALK_IN,
    CHECK_IN,
    REGISTERED,
    REGISTRATION_CHANGED;

    /** The first event of a case reception opens; a transferred case is opened by sharing, with its own. */
    static ArrivalEvents arrived(ArrivalKind kind) {
        return switch (kind) {
            case FLIGHT -> ARRIVED_ON_FLIGHT;
            case LAND_BORDER -> ARRIVED_LAND_BORDER;
            case WALK_IN -> ARRIVED_WALK_IN;
            case TRANSFER -> throw new IllegalArgumentException("A transferred case is opened by sharing");
        };
    }
}
