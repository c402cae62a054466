package org.acogida.flights.protocol;

import java.time.Instant;
import java.util.Map;

import org.acogida.flights.AircraftKind;

/**
 * Everything the rules look at, gathered once per evaluation: the notice, what the manifest holds,
 * the arrival point's capacity and load, and whether the same mission was refused elsewhere.
 *
 * @param manifest                 null while no manifest has been received
 * @param capacity                 null when the member declared no capacity for the arrival point
 * @param otherPassengersSameDay   persons on the member's other, not refused, flights to the point that day
 * @param otherPassengersSameWeek  the same over the seven days ending that day
 * @param nonNationalsThisMonth    non-nationals already on the member's other, not refused, flights this month
 */
public record FlightFacts(String memberState, String arrivalPoint, AircraftKind aircraft, boolean restraintsDeclared,
                          Instant noticeReceivedAt, Instant scheduledArrival, Instant manifestReceivedAt, int declaredPassengers,
                          ManifestSummary manifest, ArrivalCapacity capacity, int otherPassengersSameDay, int otherPassengersSameWeek,
                          int nonNationalsThisMonth, boolean refusedUnderProtocolElsewhere, boolean diversionApproved) {

    /** What a manifest holds, in counts: all the rules need, and nothing personal. */
    public record ManifestSummary(int passengers, int nationals, Map<String, Integer> nonNationalsByCitizenship, int juveniles,
                                  int unaccompanied, int familyUnits, int withMedicalNotes) {
        public int nonNationals() {
            return nonNationalsByCitizenship.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record ArrivalCapacity(int personsPerDay, int personsPerWeek, boolean childProtectionOfficer) {}
}
