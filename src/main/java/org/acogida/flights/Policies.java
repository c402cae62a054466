package org.acogida.flights;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.flights.internal.PolicyRecords;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current member's own acceptance policy and reception capacity. The member is always the
 * signed-in coordinator's; a change re-evaluates the member's upcoming flights in the same transaction.
 */
@Component
public class Policies {

    private final PolicyRecords policies;
    private final FlightDecisions decisions;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    Policies(PolicyRecords policies, FlightDecisions decisions, Countries countries, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.decisions = decisions;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    public sealed interface PolicyChange {
        record Saved(int version, int flightsEvaluated) implements PolicyChange {}

        record Refused(String field, String messageKey) implements PolicyChange {}
    }

    @Transactional(readOnly = true)
    public MemberPolicy own() {
        return policies.policy(Actors.require().memberState());
    }

    @Transactional(readOnly = true)
    public Map<String, FlightFacts.ArrivalCapacity> ownCapacities() {
        return policies.capacities(Actors.require().memberState());
    }

    public List<ArrivalPoint> ownArrivalPoints() {
        return countries.arrivalPointsOf(Actors.require().memberState());
    }

    /** Saves the member's policy if nobody changed it since it was read. */
    @Transactional
    public PolicyChange save(MemberPolicy input, int expectedVersion) {
        String member = Actors.require().memberState();
        MemberPolicy policy = new MemberPolicy(member, input.nationals(), input.nationalsConditions(), input.nonNationals(),
                input.nonNationalMonthlyQuota(), input.humanitarianPathway(), input.allowedNationalities(), expectedVersion);
        int version = policies.savePolicy(policy, expectedVersion, clock.instant());
        if (version < 0) {
            return new PolicyChange.Refused(null, "form.conflict");
        }
        audit.record(AuditAction.UPDATE, "member_policy", member, member);
        return new PolicyChange.Saved(version, decisions.reevaluateUpcoming());
    }

    /** Saves the reception capacity of one of the member's arrival points. */
    @Transactional
    public PolicyChange saveCapacity(String arrivalPoint, FlightFacts.ArrivalCapacity capacity) {
        String member = Actors.require().memberState();
        if (ownArrivalPoints().stream().noneMatch(p -> p.code().equals(arrivalPoint))) {
            return new PolicyChange.Refused("arrivalPoint", "flight.refused.arrival-point");
        }
        if (capacity.personsPerWeek() < capacity.personsPerDay()) {
            return new PolicyChange.Refused("personsPerWeek", "policy.refused.week-below-day");
        }
        policies.saveCapacity(member, arrivalPoint, capacity);
        audit.record(AuditAction.UPDATE, "arrival_capacity", arrivalPoint, member);
        return new PolicyChange.Saved(0, decisions.reevaluateUpcoming());
    }
}
