package org.acogida.flights.protocol.rules;

import java.util.Map;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/**
 * Non-nationals on board: a member that refuses them, or whose monthly quota or list of
 * nationalities they exceed, sends the flight to review, where the coalition sees which members
 * could receive them. Within the policy they are accepted on a humanitarian pathway.
 */
public final class NonNationalsPolicy implements FlightRule {
    @Override
    public String name() {
        return "non-nationals";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        int nonNationals = flight.manifest() == null ? 0 : flight.manifest().nonNationals();
        if (nonNationals == 0) {
            return RuleResult.pass(name(), false, "reason.non-nationals.none");
        }
        if (policy.nonNationals() == MemberPolicy.NonNationalsRule.REFUSE) {
            return RuleResult.review(name(), false, "reason.non-nationals.refused", nonNationals);
        }
        for (Map.Entry<String, Integer> group : flight.manifest().nonNationalsByCitizenship().entrySet()) {
            if (!policy.admitsNationality(group.getKey())) {
                return RuleResult.review(name(), false, "reason.non-nationals.nationality", group.getValue(), group.getKey());
            }
        }
        int total = flight.nonNationalsThisMonth() + nonNationals;
        if (total > policy.nonNationalMonthlyQuota()) {
            return RuleResult.review(name(), false, "reason.non-nationals.quota", nonNationals, flight.nonNationalsThisMonth(),
                    policy.nonNationalMonthlyQuota());
        }
        return RuleResult.condition(name(), false, policy.humanitarianPathway() ? "reason.non-nationals.pathway" : "reason.non-nationals.quota-ok",
                nonNationals, total, policy.nonNationalMonthlyQuota());
    }
}
