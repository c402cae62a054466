package org.acogida.flights.protocol;

import org.acogida.flights.RuleResult;

/** One named rule of the protocol or of a member's policy. */
public interface FlightRule {

    String name();

    RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy);
}
