package org.acogida.flights;

import java.time.Instant;

/** A flight notice as the sending state announces it. */
public record FlightNotice(String sendingAuthority, String missionNumber, Instant scheduledDeparture, Instant scheduledArrival,
                           String pickupAirport, String arrivalPoint, AircraftKind aircraftKind, boolean restraintsDeclared,
                           int declaredPassengers, Instant noticeReceivedAt) {
}
