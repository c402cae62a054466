package org.acogida.flights.protocol.rules;

import java.time.Duration;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** The notice arrives at least the protocol's minimum number of hours before the flight does. */
public final class MinimumNotice implements FlightRule {
    @Override
    public String name() {
        return "minimum-notice";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        long hours = Duration.between(flight.noticeReceivedAt(), flight.scheduledArrival()).toHours();
        return hours >= protocol.minimumNoticeHours()
                ? RuleResult.pass(name(), true, "reason.notice.enough", hours, protocol.minimumNoticeHours())
                : RuleResult.refuse(name(), true, "reason.notice.short", hours, protocol.minimumNoticeHours());
    }
}
