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

    static ArrivalEvents arrived(ArrivalKind kind) {
        return switch (kind) {
            case FLIGHT -> ARRIVED_ON_FLIGHT;
            case LAND_BORDER -> ARRIVED_LAND_BORDER;
            case WALK_IN -> ARRIVED_WALK_IN;
        };
    }
}
