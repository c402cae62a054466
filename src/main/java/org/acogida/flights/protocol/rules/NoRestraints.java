package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** People leave the aircraft without restraints. A notice declaring restraints at arrival is refused. */
public final class NoRestraints implements FlightRule {
    @Override
    public String name() {
        return "no-restraints";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        if (!protocol.noRestraintsAtArrival()) {
            return RuleResult.pass(name(), true, "reason.rule.not-in-protocol");
        }
        return flight.restraintsDeclared()
                ? RuleResult.refuse(name(), true, "reason.restraints.declared")
                : RuleResult.pass(name(), true, "reason.restraints.none");
    }
}
