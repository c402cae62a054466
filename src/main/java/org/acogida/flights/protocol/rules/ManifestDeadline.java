package org.acogida.flights.protocol.rules;

import java.time.Duration;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/**
 * The manifest is in at least the protocol's hours before arrival. Until it comes, the flight
 * waits for review; a manifest that came too late refuses the flight.
 */
public final class ManifestDeadline implements FlightRule {
    @Override
    public String name() {
        return "manifest-deadline";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        if (flight.manifestReceivedAt() == null) {
            return RuleResult.review(name(), true, "reason.manifest.missing", protocol.manifestDeadlineHours());
        }
        long hours = Duration.between(flight.manifestReceivedAt(), flight.scheduledArrival()).toHours();
        return hours >= protocol.manifestDeadlineHours()
                ? RuleResult.pass(name(), true, "reason.manifest.in-time", hours, protocol.manifestDeadlineHours())
                : RuleResult.refuse(name(), true, "reason.manifest.late", hours, protocol.manifestDeadlineHours());
    }
}
