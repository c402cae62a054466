package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/**
 * A mission refused under the protocol by its destination is not quietly accepted by another
 * member: it needs a coalition vote (an adopted diversion motion) first.
 */
public final class NoDiversion implements FlightRule {
    @Override
    public String name() {
        return "no-diversion";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        if (!flight.refusedUnderProtocolElsewhere()) {
            return RuleResult.pass(name(), true, "reason.diversion.none");
        }
        return flight.diversionApproved()
                ? RuleResult.condition(name(), true, "reason.diversion.voted")
                : RuleResult.refuse(name(), true, "reason.diversion.refused-elsewhere");
    }
}
