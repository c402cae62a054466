package org.acogida.flights.internal;

import java.util.ArrayList;
import java.util.List;

import org.acogida.coalition.Countries;
import org.acogida.coalition.Country;
import org.acogida.flights.FlightDecisions;
import org.acogida.governance.MotionClosed;
import org.acogida.governance.MotionKind;
import org.acogida.platform.actor.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * An adopted protocol amendment or diversion changes what every member's upcoming flights are
 * judged by: each member's are evaluated again, under that member's own scope.
 */
@Component
class AdoptedMotionsApplied {

    private static final Logger log = LoggerFactory.getLogger(AdoptedMotionsApplied.class);

    private final Countries countries;
    private final FlightDecisions decisions;

    AdoptedMotionsApplied(Countries countries, FlightDecisions decisions) {
        this.countries = countries;
        this.decisions = decisions;
    }

    /**
     * Runs after the vote's transaction committed, outside any transaction of its own
     * (NOT_SUPPORTED): each member's re-evaluation opens its own, scoped to that member. A member
     * whose re-evaluation fails does not stop the others; the listener then fails, so that its
     * publication is delivered again (platform.events.EventDelivery). Evaluating a flight again
     * changes nothing when nothing it depends on changed, so a second delivery is harmless.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MotionClosed closed) {
        if (!closed.adopted() || (closed.kind() != MotionKind.PROTOCOL && closed.kind() != MotionKind.DIVERSION)) {
            return;
        }
        List<String> failed = new ArrayList<>();
        RuntimeException first = null;
        for (Country member : countries.members()) {
            try {
                Actors.onBehalfOf(member.iso3(), "protocol or diversion adopted", () -> decisions.reevaluateUpcoming());
            } catch (RuntimeException e) {
                log.warn("Upcoming flights of {} not evaluated again after motion {}: {}", member.iso3(), closed.motionId(), e.toString());
                failed.add(member.iso3());
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new IllegalStateException("Upcoming flights not evaluated again for " + failed + " after motion " + closed.motionId(), first);
        }
    }
}
