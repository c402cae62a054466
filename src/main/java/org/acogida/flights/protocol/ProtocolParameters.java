package org.acogida.flights.protocol;

import java.util.EnumSet;
import java.util.Set;

import org.acogida.flights.AircraftKind;

/**
 * The coalition protocol's minimum standards, as voted. Each parameter belongs to one named rule.
 *
 * @param allowedAircraft             aircraft kinds the coalition accepts (Colombia, January 2025: no military aircraft)
 * @param noRestraintsAtArrival       people leave the aircraft without handcuffs or shackles
 * @param minimumNoticeHours          hours between the notice and the arrival
 * @param manifestDeadlineHours       hours before arrival by which the manifest must be in
 * @param childProtectionForUnaccompanied unaccompanied minors only where a child-protection officer is posted
 * @param maximumPassengers           passengers per flight (charters carry 115–135 today)
 * @param familyUnity                 families travel and arrive together (breached by a separated family)
 * @param dignifiedTreatment          no mistreatment during removal (breached by an incident)
 * @param belongingsReturned          belongings handed back on arrival (breached by an incident)
 */
public record ProtocolParameters(Set<AircraftKind> allowedAircraft, boolean noRestraintsAtArrival, int minimumNoticeHours,
                                 int manifestDeadlineHours, boolean childProtectionForUnaccompanied, int maximumPassengers,
                                 boolean familyUnity, boolean dignifiedTreatment, boolean belongingsReturned) {

    public ProtocolParameters {
        allowedAircraft = Set.copyOf(allowedAircraft);
        if (minimumNoticeHours < 0 || manifestDeadlineHours < 0 || maximumPassengers < 1) {
            throw new IllegalArgumentException("protocol parameters out of range");
        }
    }

    /** Before the coalition adopts a protocol (version 0), no standard applies and only member policies decide. */
    public static ProtocolParameters none() {
        return new ProtocolParameters(EnumSet.allOf(AircraftKind.class), false, 0, 0, false, Integer.MAX_VALUE, false, false, false);
    }

    /** The first protocol, as proposed to the members in the demo (and a starting point for a real vote). */
    public static ProtocolParameters proposal() {
        return new ProtocolParameters(EnumSet.of(AircraftKind.CHARTER, AircraftKind.COMMERCIAL), true, 72, 48, true, 135,
                true, true, true);
    }
}
