package org.acogida.reception;

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

    public String messageKey() {
        return "check-in." + name();
    }
}
