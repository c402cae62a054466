package org.acogida.federation.internal;

/** The courier to members hosted on other nodes, present when the node is given a broker. */
public interface BrokerCourier extends Courier {

    /** Posts a member's report on its own returns subject, for the secretariat's node. */
    void carryReport(Envelope envelope, byte[] wire);
}
