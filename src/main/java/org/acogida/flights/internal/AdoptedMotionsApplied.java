package org.acogida.flights.internal;

import org.acogida.coalition.Countries;
import org.acogida.coalition.Country;
import org.acogida.flights.FlightDecisions;
import org.acogida.governance.MotionClosed;
import org.acogida.governance.MotionKind;
import org.acogida.platform.actor.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * An adopted protocol amendment or diversion changes what every member's upcoming flights are
 * judged by: each member's are evaluated again, under that member's own scope.
 */
@Component
class AdoptedMotionsApplied {

    private final Countries countries;
    private final FlightDecisions decisions;

    AdoptedMotionsApplied(Countries countries, FlightDecisions decisions) {
        this.countries = countries;
        this.decisions = decisions;
    }

    /**
     * Runs after the vote's transaction committed, outside any transaction of its own
     * (NOT_SUPPORTED): each member's re-evaluation opens its own, scoped to that member. Replayed on
     * restart if the application stopped before it finished; evaluating a flight twice changes nothing.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MotionClosed closed) {
        if (!closed.adopted() || (closed.kind() != MotionKind.PROTOCOL && closed.kind() != MotionKind.DIVERSION)) {
            return;
        }
        for (Country member : countries.members()) {
            Actors.onBehalfOf(member.iso3(), "protocol or diversion adopted", () -> decisions.reevaluateUpcoming());
        }
    }
}
