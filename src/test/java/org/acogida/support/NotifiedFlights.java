package org.acogida.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.FlightNotice;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.ManifestImport;
import org.acogida.flights.Manifests;
import org.acogida.flights.manifest.ManifestFiles;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;

/** A flight to GUA notified to Guatemala with its manifest applied, ready to land: what the reception tests start from. */
public final class NotifiedFlights {

    /** A passenger line: last names, first names, date of birth, document, family unit ("" for none), unaccompanied. */
    public record Line(String lastNames, String firstNames, String born, String document, String family, boolean unaccompanied) {}

    private NotifiedFlights() {
    }

    public static UUID withManifest(FlightNotices notices, Manifests manifests, Actor coordinator, String mission, List<Line> lines) {
        return withManifest(notices, manifests, coordinator, mission, Instant.parse("2026-12-01T15:00:00Z"), lines);
    }

    public static UUID withManifest(FlightNotices notices, Manifests manifests, Actor coordinator, String mission, Instant arrival,
                                    List<Line> lines) {
        String day = arrival.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        UUID flight = ((FlightNotices.NoticeResult.Registered) Actors.as(coordinator, () -> notices.registerNotice(new FlightNotice(
                "ICE Air Operations", mission, arrival.minus(Duration.ofHours(3)), arrival, "AEX", "GUA", AircraftKind.CHARTER, false,
                lines.size(), arrival.minus(Duration.ofDays(5)))))).flightId();
        StringBuilder csv = new StringBuilder(ManifestFiles.HEADER).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            csv.append(String.join(",", mission, day, "AEX", "GUA", mission + "-" + (i + 1), l.lastNames(), l.firstNames(), l.born(),
                    "F", "GTM", "PASSPORT", l.document(), l.family(), "", l.unaccompanied() ? "yes" : "no", "")).append('\n');
        }
        ManifestImport imported = Actors.as(coordinator, () -> manifests.importManifest(flight, ManifestFiles.utf8(csv.toString()), "m.csv", false));
        if (!(imported instanceof ManifestImport.Applied)) {
            throw new IllegalStateException("manifest not applied: " + imported);
        }
        return flight;
    }

    public static List<Line> people(int count, String canary) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> new Line("Pérez " + canary, "Persona " + i,
                "19" + (60 + i % 40) + "-0" + (1 + i % 9) + "-1" + (i % 9), canary + "D" + i, "", false)).toList();
    }
}
