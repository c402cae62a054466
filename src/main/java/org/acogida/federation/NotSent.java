package org.acogida.federation;

/** The letter could not be handed to the broker now (it is down, or did not acknowledge): it stays in the sender's outbox, to be sent again. */
public class NotSent extends RuntimeException {

    public NotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
