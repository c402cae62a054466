package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** The member's own nationals: accepted, or accepted on the member's stated conditions. */
public final class NationalsPolicy implements FlightRule {
    @Override
    public String name() {
        return "nationals";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        int nationals = flight.manifest() == null ? 0 : flight.manifest().nationals();
        if (policy.nationals() == MemberPolicy.NationalsRule.ACCEPT_WITH_CONDITIONS && nationals > 0) {
            return RuleResult.condition(name(), false, "reason.nationals.conditions", nationals,
                    policy.nationalsConditions() == null ? "" : policy.nationalsConditions());
        }
        return RuleResult.pass(name(), false, "reason.nationals.accepted", nationals);
    }
}
