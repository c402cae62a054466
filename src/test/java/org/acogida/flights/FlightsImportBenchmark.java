package org.acogida.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.Motions;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flights benchmark (docs/benchmarks.md), on PostgreSQL through FlightNotices and Manifests: a 135-passenger
 * CSV manifest parsed, validated, stored and evaluated, one at a time; and six months of flights,
 * 1,100 notices with their manifests, imported in a row. Not part of the suite (its name does not
 * end in Test): run it with ./acogida test -Dtest=FlightsImportBenchmark. It checks that every
 * import succeeded and writes the timings to target/benchmarks/flights.md.
 */
@PostgresTest
class FlightsImportBenchmark {

    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    Protocol protocol;
    @Autowired
    Motions motions;
    @Autowired
    Policies policies;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    @Test
    void manifestImports() throws IOException {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        if (protocol.current().isEmpty()) {
            UUID motion = Actors.as(coordinator, () -> protocol.proposeAmendment("v1", ProtocolParameters.proposal(), 1, 50));
            Actors.as(coordinator, () -> motions.vote(motion, VoteChoice.YES));
            Actors.as(coordinator, () -> motions.close(motion));
        }
        Actors.as(coordinator, () -> policies.saveCapacity("GUA", new FlightFacts.ArrivalCapacity(1_000_000, 5_000_000, true)));

        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            UUID flight = notice(coordinator, "S" + i + members.canary, LocalDate.of(2026, 12, 1));
            byte[] csv = csv("S" + i + members.canary, LocalDate.of(2026, 12, 1), 135);
            long started = System.nanoTime();
            ManifestImport result = Actors.as(coordinator, () -> manifests.importManifest(flight, csv, "manifest.csv", false));
            long elapsed = System.nanoTime() - started;
            assertThat(result).isInstanceOf(ManifestImport.Applied.class);
            if (i >= 20) {
                single.add(elapsed / 1e6);
            }
        }
        double[] ms = single.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        int flights = 1100;
        long rows = 0;
        LocalDate first = LocalDate.of(2027, 1, 1);
        List<UUID> ids = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < flights; i++) {
            LocalDate day = first.plusDays(i / 6);
            String mission = "M" + i + members.canary;
            int passengers = 105 + (i * 7) % 31;
            rows += passengers;
            files.add(csv(mission, day, passengers));
        }
        long started = System.nanoTime();
        for (int i = 0; i < flights; i++) {
            ids.add(notice(coordinator, "M" + i + members.canary, first.plusDays(i / 6)));
        }
        long noticesDone = System.nanoTime();
        for (int i = 0; i < flights; i++) {
            int n = i;
            assertThat(Actors.as(coordinator, () -> manifests.importManifest(ids.get(n), files.get(n), "manifest.csv", false)))
                    .isInstanceOf(ManifestImport.Applied.class);
        }
        long manifestsDone = System.nanoTime();

        String report = String.format(Locale.ROOT, """
                | measure | figure |
                | --- | --- |
                | one 135-passenger CSV manifest: read, validated, stored, flight evaluated (50 runs after 20 warm-up) | median %.1f ms, p90 %.1f ms, max %.1f ms |
                | six months: %d notices registered and evaluated | %.1f s |
                | six months: %d manifests, %,d passenger rows, imported and evaluated | %.1f s |
                | six months in all | %.1f s |
                """, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1], flights, (noticesDone - started) / 1e9,
                flights, rows, (manifestsDone - noticesDone) / 1e9, (manifestsDone - started) / 1e9);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/flights.md"), report);
        assertThat(Arrays.stream(ms).allMatch(v -> v > 0)).isTrue();
    }

    private UUID notice(Actor coordinator, String mission, LocalDate day) {
        Instant arrival = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(15));
        return ((FlightNotices.NoticeResult.Registered) Actors.as(coordinator, () -> notices.registerNotice(new FlightNotice("ICE Air Operations",
                mission, arrival.minus(Duration.ofHours(3)), arrival, "AEX", "GUA", AircraftKind.CHARTER, false, 135,
                arrival.minus(Duration.ofDays(5)))))).flightId();
    }

    private static byte[] csv(String mission, LocalDate day, int passengers) {
        StringBuilder csv = new StringBuilder(org.acogida.flights.manifest.ManifestFiles.HEADER).append('\n');
        for (int p = 1; p <= passengers; p++) {
            csv.append(String.join(",", mission, day.toString(), "AEX", "GUA", mission + "-" + p, "García López", "María José",
                    LocalDate.of(1970 + p % 30, 1 + p % 12, 1 + p % 28).toString(), p % 2 == 0 ? "F" : "M", "GTM", "PASSPORT",
                    "G" + p, p % 10 == 0 ? "F" + p : "", "", "", p % 30 == 0 ? "diabetes" : "")).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
