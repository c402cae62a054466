package org.acogida.federation.internal;

/** Carries a sealed envelope to the node that hosts its recipient; throws {@link org.acogida.federation.NotSent} when it cannot now. */
public interface Courier {

    void carry(Envelope envelope, byte[] wire);
}
