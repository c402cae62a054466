package org.acogida.reception;

import org.acogida.cases.CaseStatus;

/** Where a person stands at the desk. */
public enum CheckIn {
    /** On the landed flight's manifest, not seen at the desk yet. */
    EXPECTED,
    /** Seen at the desk. */
    PRESENT,
    /** Not at the desk when called; may still come (a medical check, the toilets, a child). */
    ABSENT,
    /** Did not arrive at all: not on the aircraft, though on its manifest. */
    NO_SHOW;

    /** What the check-in says of the case to other modules: the person is here, not yet, or did not come. */
    public CaseStatus caseStatus() {
        return switch (this) {
            case PRESENT -> CaseStatus.ACTIVE;
            case NO_SHOW -> CaseStatus.NOT_ARRIVED;
            case EXPECTED, ABSENT -> CaseStatus.AWAITED;
        };
    }

    public String messageKey() {
        return "check-in." + name();
    }
}
