package org.acogida.federation.internal;

/** The courier to members hosted on other nodes, present when the node is given a broker. */
public interface BrokerCourier extends Courier {}
