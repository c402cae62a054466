package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** Unaccompanied minors arrive only where a child-protection officer is posted, and then on that condition. */
public final class UnaccompaniedMinors implements FlightRule {
    @Override
    public String name() {
        return "unaccompanied-minors";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        int minors = flight.manifest() == null ? 0 : flight.manifest().unaccompanied();
        if (!protocol.childProtectionForUnaccompanied() || minors == 0) {
            return RuleResult.pass(name(), true, "reason.minors.none");
        }
        boolean officer = flight.capacity() != null && flight.capacity().childProtectionOfficer();
        return officer
                ? RuleResult.condition(name(), true, "reason.minors.officer", minors)
                : RuleResult.refuse(name(), true, "reason.minors.no-officer", minors, flight.arrivalPoint());
    }
}
