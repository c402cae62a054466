package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** The manifest lists as many passengers as the notice declared; a difference needs a person to look. */
public final class ManifestMatchesNotice implements FlightRule {
    @Override
    public String name() {
        return "manifest-matches-notice";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        if (flight.manifest() == null) {
            return RuleResult.pass(name(), true, "reason.count.no-manifest");
        }
        int listed = flight.manifest().passengers();
        return listed == flight.declaredPassengers()
                ? RuleResult.pass(name(), true, "reason.count.matches", listed)
                : RuleResult.review(name(), true, "reason.count.differs", flight.declaredPassengers(), listed);
    }
}
