package org.acogida.flights.protocol;

import java.util.ArrayList;
import java.util.List;

import org.acogida.flights.Outcome;
import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.rules.AllowedAircraft;
import org.acogida.flights.protocol.rules.ManifestDeadline;
import org.acogida.flights.protocol.rules.ManifestMatchesNotice;
import org.acogida.flights.protocol.rules.MaximumPassengers;
import org.acogida.flights.protocol.rules.MinimumNotice;
import org.acogida.flights.protocol.rules.NationalsPolicy;
import org.acogida.flights.protocol.rules.NoDiversion;
import org.acogida.flights.protocol.rules.NoRestraints;
import org.acogida.flights.protocol.rules.NonNationalsPolicy;
import org.acogida.flights.protocol.rules.ReceptionCapacity;
import org.acogida.flights.protocol.rules.UnaccompaniedMinors;

/**
 * A flight weighed against the coalition protocol and its destination member's policy: every
 * rule's verdict with its reason, and the outcome they add up to.
 */
public record Evaluation(Outcome outcome, List<RuleResult> results) {

    public static final List<FlightRule> PROTOCOL_RULES = List.of(new AllowedAircraft(), new NoRestraints(), new MinimumNotice(),
            new ManifestDeadline(), new UnaccompaniedMinors(), new MaximumPassengers(), new ManifestMatchesNotice(), new NoDiversion());
    public static final List<FlightRule> POLICY_RULES = List.of(new NationalsPolicy(), new NonNationalsPolicy(), new ReceptionCapacity());

    public static Evaluation of(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        List<RuleResult> results = new ArrayList<>();
        for (FlightRule rule : PROTOCOL_RULES) {
            results.add(rule.check(flight, protocol, policy));
        }
        for (FlightRule rule : POLICY_RULES) {
            results.add(rule.check(flight, protocol, policy));
        }
        return new Evaluation(Outcome.combine(results.stream().map(RuleResult::verdict).toList()), List.copyOf(results));
    }

    /** Refused by a rule of the protocol, which the coalition enforces together (and which no other member may quietly undo). */
    public boolean refusedUnderProtocol() {
        return results.stream().anyMatch(r -> r.protocol() && r.verdict() == RuleResult.Verdict.REFUSE);
    }

    public boolean refusedBy(String rule) {
        return results.stream().anyMatch(r -> r.rule().equals(rule) && r.verdict() == RuleResult.Verdict.REFUSE);
    }
}
