package org.acogida.reporting;

import java.util.Set;

import org.acogida.protection.ProtectionEvents;
import org.acogida.reception.ArrivalEvents;
import org.acogida.sharing.SharingEvents;

/**
 * A row of a member's monthly return: the cases with one of these events on their timeline in the
 * month, each counted once. A case opened from a flight's manifest counts as arrived on a flight
 * (the desk marks later who did not come).
 */
public enum ReturnCategory {
    ARRIVED_ON_FLIGHT(Set.of(ArrivalEvents.ARRIVED_ON_FLIGHT.name())),
    ARRIVED_OVERLAND(Set.of(ArrivalEvents.ARRIVED_LAND_BORDER.name(), ArrivalEvents.ARRIVED_WALK_IN.name())),
    TRANSFERRED_IN(Set.of(SharingEvents.TRANSFERRED_IN.name())),
    TRANSFERRED_OUT(Set.of(SharingEvents.CASE_TRANSFERRED.name())),
    PROTECTION_CLAIMS(Set.of(ProtectionEvents.PROTECTION_CLAIM.name()));

    private final Set<String> events;

    ReturnCategory(Set<String> events) {
        this.events = events;
    }

    public Set<String> events() {
        return events;
    }
}
