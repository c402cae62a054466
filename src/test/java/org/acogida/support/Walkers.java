package org.acogida.support;

import java.time.LocalDate;
import java.util.UUID;

import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.WalkIn;

/** People registered at Guatemala's land crossing, as the desk registers those who come without a flight notice. */
public final class Walkers {

    public static final String POINT = "GT-TUM";

    private Walkers() {
    }

    public static UUID walkIn(Arrivals arrivals, Actor officer, String lastNames, String firstNames, LocalDate born, String nationality,
                              String document) {
        Arrivals.WalkInResult result = Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn(POINT, ArrivalKind.LAND_BORDER, lastNames,
                firstNames, born, "F", nationality, document == null ? "" : "PASSPORT", document == null ? "" : document, false)));
        if (!(result instanceof Arrivals.WalkInResult.Registered registered)) {
            throw new IllegalStateException("walk-in not registered: " + result);
        }
        return registered.caseId();
    }
}
