package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** No more passengers than the protocol allows per flight, counting the manifest when there is one. */
public final class MaximumPassengers implements FlightRule {
    @Override
    public String name() {
        return "maximum-passengers";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        int passengers = flight.manifest() == null ? flight.declaredPassengers()
                : Math.max(flight.declaredPassengers(), flight.manifest().passengers());
        return passengers <= protocol.maximumPassengers()
                ? RuleResult.pass(name(), true, "reason.passengers.within", passengers, protocol.maximumPassengers())
                : RuleResult.refuse(name(), true, "reason.passengers.over", passengers, protocol.maximumPassengers());
    }
}
