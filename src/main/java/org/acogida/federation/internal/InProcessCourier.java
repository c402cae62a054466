package org.acogida.federation.internal;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** For a recipient hosted on this node: the envelope arrives here at once, through the same checks as one from the broker. */
@Component
public class InProcessCourier implements Courier {

    private final Inbound inbound;

    InProcessCourier(@Lazy Inbound inbound) {
        this.inbound = inbound;
    }

    @Override
    public void carry(Envelope envelope, byte[] wire) {
        inbound.arrive(wire, envelope.recipient());
    }
}
