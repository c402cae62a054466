package org.acogida.reception;

/** What marking a flight as landed did. */
public sealed interface LandingResult {

    /** The flight's cases were created, one per passenger of its applied manifest. */
    record Landed(int cases) implements LandingResult {}

    /** The flight had already landed: nothing was created again. */
    record AlreadyLanded() implements LandingResult {}

    record Refused(String messageKey) implements LandingResult {}
}
