package org.acogida.cases;

/** The events the cases module itself writes on a case's timeline. */
public enum CaseEvents implements CaseEventKind {
    DUPLICATE_SAME_PERSON,
    DUPLICATE_NOT_SAME,
    MOVEMENT_RETURN,
    MOVEMENT_TRANSFER,
    MOVEMENT_PLACEMENT,
    MOVEMENT_CANCELLED,
    MOVEMENT_CANCELLED_NON_REFOULEMENT;

    static CaseEvents proposed(Movement.Kind kind) {
        return switch (kind) {
            case RETURN -> MOVEMENT_RETURN;
            case TRANSFER -> MOVEMENT_TRANSFER;
            case PLACEMENT -> MOVEMENT_PLACEMENT;
        };
    }
}
