package org.acogida.flights.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.FlightNotice;
import org.springframework.format.annotation.DateTimeFormat;

/** A flight notice typed in by a coordinator; times are UTC. The member comes from the arrival point and the session. */
record NoticeForm(
        @NotBlank @Size(max = 120) String sendingAuthority,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]*") String missionNumber,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledDeparture,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledArrival,
        @NotBlank @Pattern(regexp = "[A-Za-z]{3,4}") String pickupAirport,
        @NotBlank String arrivalPoint,
        @NotNull AircraftKind aircraftKind,
        boolean restraintsDeclared,
        @NotNull @PositiveOrZero @Max(1000) Integer declaredPassengers) {

    static final String[] FIELDS = {"sendingAuthority", "missionNumber", "scheduledDeparture", "scheduledArrival", "pickupAirport",
            "arrivalPoint", "aircraftKind", "restraintsDeclared", "declaredPassengers"};

    static NoticeForm empty() {
        return new NoticeForm("ICE Air Operations", "", null, null, "AEX", "", AircraftKind.CHARTER, false, 0);
    }

    FlightNotice notice() {
        return new FlightNotice(sendingAuthority, missionNumber, scheduledDeparture.toInstant(ZoneOffset.UTC),
                scheduledArrival.toInstant(ZoneOffset.UTC), pickupAirport, arrivalPoint, aircraftKind, restraintsDeclared,
                declaredPassengers, null);
    }
}
