package org.acogida.flights.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/**
 * A flight that every rule of protocol v1 accepts (a 120-seat charter to Guatemala City, notified
 * 96 h ahead, manifest 60 h ahead, all nationals), changed one field at a time by each rule's test.
 */
final class FlightFixture {

    static final Instant ARRIVAL = Instant.parse("2026-12-01T15:00:00Z");

    String member = "GTM";
    AircraftKind aircraft = AircraftKind.CHARTER;
    boolean restraints;
    Instant notice = ARRIVAL.minus(Duration.ofHours(96));
    Instant manifestAt = ARRIVAL.minus(Duration.ofHours(60));
    int declared = 120;
    FlightFacts.ManifestSummary manifest = new FlightFacts.ManifestSummary(120, 120, Map.of(), 6, 0, 3, 2);
    FlightFacts.ArrivalCapacity capacity = new FlightFacts.ArrivalCapacity(400, 2000, true);
    int otherToday;
    int otherWeek;
    int nonNationalsThisMonth;
    boolean refusedElsewhere;
    boolean diversionVoted;
    ProtocolParameters protocol = ProtocolParameters.proposal();
    MemberPolicy policy = MemberPolicy.initial("GTM");

    static FlightFixture compliant() {
        return new FlightFixture();
    }

    FlightFacts facts() {
        return new FlightFacts(member, "GUA", aircraft, restraints, notice, ARRIVAL, manifestAt, declared, manifest, capacity, otherToday,
                otherWeek, nonNationalsThisMonth, refusedElsewhere, diversionVoted);
    }

    FlightFixture nonNationals(Map<String, Integer> byCitizenship) {
        int count = byCitizenship.values().stream().mapToInt(Integer::intValue).sum();
        manifest = new FlightFacts.ManifestSummary(120, 120 - count, byCitizenship, 6, 0, 3, 2);
        return this;
    }

    FlightFixture unaccompanied(int minors) {
        manifest = new FlightFacts.ManifestSummary(120, 120, Map.of(), 6 + minors, minors, 3, 2);
        return this;
    }
}
