package org.acogida.flights;

import java.time.Instant;
import java.util.UUID;

/** A flight as Acogida holds it: its notice, and what its applied manifest counts. */
public record Flight(UUID id, String memberState, String sendingAuthority, String missionNumber, Instant scheduledDeparture,
                     Instant scheduledArrival, String pickupAirport, String arrivalPoint, AircraftKind aircraftKind,
                     boolean restraintsDeclared, int declaredPassengers, Instant noticeReceivedAt, int manifestVersion,
                     Instant manifestReceivedAt, Integer manifestPassengers, Integer manifestNonNationals, int version) {

    public boolean hasManifest() {
        return manifestVersion > 0;
    }
}
