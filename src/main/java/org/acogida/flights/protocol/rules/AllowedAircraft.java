package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** Only the aircraft kinds the protocol allows: civilian aircraft, not military ones. */
public final class AllowedAircraft implements FlightRule {
    @Override
    public String name() {
        return "allowed-aircraft";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        return protocol.allowedAircraft().contains(flight.aircraft())
                ? RuleResult.pass(name(), true, "reason.aircraft.allowed", flight.aircraft())
                : RuleResult.refuse(name(), true, "reason.aircraft.refused", flight.aircraft());
    }
}
