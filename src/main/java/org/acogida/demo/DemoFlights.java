package org.acogida.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.flights.AircraftKind;
import org.acogida.flights.FlightNotice;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Incidents;
import org.acogida.flights.Manifests;
import org.acogida.flights.Policies;
import org.acogida.flights.Protocol;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.Motions;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;

/**
 * Six months of removal flights for the demo, calibrated on docs/reference/FACTS.md §7: 150–210 a
 * month, destinations weighted GT 0.26, HN 0.22, MX 0.14, SV 0.11, EC 0.05 and 0.22 for the rest,
 * charters of 120 ± 10 passengers (90–135), military aircraft of 70–80. Protocol v1 is adopted by
 * the members' vote first; then each member's coordinator receives its notices and manifests
 * through the same services a coordinator uses, so everything is evaluated and audited. Some
 * notices come late, a few declare restraints on military aircraft, a few carry non-nationals,
 * some flights have incidents; the last days' flights wait for their manifest.
 */
@Component
class DemoFlights {

    static final Map<String, Double> DESTINATIONS = destinations();
    static final String AUTHORITY = "ICE Air Operations";
    static final List<String> PICKUPS = List.of("AEX", "AEX", "AEX", "HRL", "HRL", "ELP", "ELP", "SAN", "MIA");

    private final FlightNotices notices;
    private final Manifests manifests;
    private final Incidents incidents;
    private final Protocol protocol;
    private final Motions motions;
    private final Policies policies;
    private final Countries countries;
    private final Clock clock;
    private final int pastDays;
    private final int futureDays;

    DemoFlights(FlightNotices notices, Manifests manifests, Incidents incidents, Protocol protocol, Motions motions, Policies policies,
                Countries countries, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${acogida.demo.flights.past-days:150}") int pastDays,
                @org.springframework.beans.factory.annotation.Value("${acogida.demo.flights.future-days:32}") int futureDays) {
        this.notices = notices;
        this.manifests = manifests;
        this.incidents = incidents;
        this.protocol = protocol;
        this.motions = motions;
        this.policies = policies;
        this.countries = countries;
        this.clock = clock;
        this.pastDays = pastDays;
        this.futureDays = futureDays;
    }

    private static Map<String, Double> destinations() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("GTM", 0.26);
        weights.put("HND", 0.22);
        weights.put("MEX", 0.14);
        weights.put("SLV", 0.11);
        weights.put("ECU", 0.05);
        for (String other : List.of("COL", "DOM", "CRI", "PAN", "HTI")) {
            weights.put(other, 0.22 / 5);
        }
        return weights;
    }

    /** Policies, capacities, protocol v1 by vote, then the flights. Repeating it adds nothing: each step checks first. */
    void generate(Map<String, Actor> coordinators, Random random) {
        for (Map.Entry<String, Actor> coordinator : coordinators.entrySet()) {
            Actors.as(coordinator.getValue(), () -> {
                setPolicy(coordinator.getKey());
                return null;
            });
        }
        adoptProtocol(coordinators);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusDays(pastDays);
        int sequence = 0;
        for (LocalDate day = start; day.isBefore(today.plusDays(futureDays)); day = day.plusDays(1)) {
            int flightsToday = 5 + random.nextInt(3);
            for (int i = 0; i < flightsToday; i++) {
                sequence++;
                String drawn = pick(random);
                // Yesterday, one flight for each member with staff comes first: each of them has landed flights at its desk
                // whatever the hour the demo starts (today's may not have landed yet).
                String member = day.equals(today.minusDays(1)) && i < DemoCoalition.MEMBERS_WITH_USERS.size()
                        ? DemoCoalition.MEMBERS_WITH_USERS.get(i) : drawn;
                Actor coordinator = coordinators.get(member);
                List<ArrivalPoint> points = countries.arrivalPointsOf(member).stream().filter(p -> p.kind() == ArrivalPoint.Kind.AIRPORT).toList();
                if (coordinator == null || points.isEmpty()) {
                    continue;
                }
                DemoFlight flight = DemoFlight.draw(random, sequence, member, points.get(random.nextInt(points.size())).code(),
                        PICKUPS.get(random.nextInt(PICKUPS.size())), day, today);
                Actors.as(coordinator, () -> {
                    receive(flight);
                    return null;
                });
            }
        }
    }

    private void setPolicy(String member) {
        if (policies.own().version() > 0) {
            return;
        }
        MemberPolicy policy = switch (member) {
            case "MEX" -> new MemberPolicy(member, MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA, 600, true,
                    Set.of(), 0);
            case "CRI" -> new MemberPolicy(member, MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA, 200, true,
                    Set.of("IND", "UZB", "CHN", "NPL"), 0);
            case "PAN" -> new MemberPolicy(member, MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA, 150, true,
                    Set.of(), 0);
            case "COL" -> new MemberPolicy(member, MemberPolicy.NationalsRule.ACCEPT_WITH_CONDITIONS,
                    "Aeronave civil y trato digno, conforme al acuerdo de enero de 2025", MemberPolicy.NonNationalsRule.REFUSE, 0, false, Set.of(), 0);
            default -> new MemberPolicy(member, MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.REFUSE, 0, false, Set.of(), 0);
        };
        policies.save(policy, 0);
        for (ArrivalPoint point : policies.ownArrivalPoints()) {
            int perDay = point.kind() == ArrivalPoint.Kind.AIRPORT ? 400 : 250;
            boolean officer = !point.code().equals("GYE") && !point.code().equals("CAP");
            policies.saveCapacity(point.code(), new FlightFacts.ArrivalCapacity(perDay, perDay * 5, officer));
        }
    }

    /** Guatemala proposes the first protocol; every member's coordinator votes; most say yes. */
    private void adoptProtocol(Map<String, Actor> coordinators) {
        if (protocol.current().isPresent() || !motions.all().isEmpty() || coordinators.isEmpty()) {
            return;
        }
        Actor proposer = coordinators.getOrDefault("GTM", coordinators.values().iterator().next());
        var motion = Actors.as(proposer, () -> protocol.proposeAmendment(
                "Protocolo v1: normas mínimas de recepción digna (Bogotá, 2025)", ProtocolParameters.proposal(), 50, 50));
        List<String> members = new ArrayList<>(coordinators.keySet());
        for (int i = 0; i < members.size(); i++) {
            VoteChoice choice = i == members.size() - 1 ? VoteChoice.ABSTAIN : i == members.size() - 2 ? VoteChoice.NO : VoteChoice.YES;
            Actors.as(coordinators.get(members.get(i)), () -> motions.vote(motion, choice));
        }
    }

    private void receive(DemoFlight flight) {
        FlightNotices.NoticeResult notice = notices.registerNotice(new FlightNotice(AUTHORITY, flight.mission(), flight.departure(),
                flight.arrival(), flight.pickup(), flight.arrivalPoint(), flight.aircraft(), flight.restraints(), flight.passengers(),
                flight.noticeReceived()));
        java.util.UUID flightId = switch (notice) {
            case FlightNotices.NoticeResult.Registered registered -> registered.flightId();
            case FlightNotices.NoticeResult.AlreadyKnown known -> known.flightId();
            case FlightNotices.NoticeResult.Refused refused -> null;
        };
        if (flightId == null || flight.manifestReceived() == null) {
            return;
        }
        if (!notices.flight(flightId).hasManifest()) {
            // Drawn from the flight's own seed, not the shared one: whether this manifest was imported on an earlier
            // start must not change what the next flights draw, or starting again would add different flights.
            manifests.importManifestRows(flightId, DemoPassengers.manifest(flight, new Random(DemoDataGenerator.SEED ^ flight.mission().hashCode())),
                    false, flight.manifestReceived());
        }
        if (flight.incident() != null && incidents.incidents(flightId).isEmpty()) {
            incidents.reportIncident(flightId, flight.incident(), flight.incident() == IncidentKind.MEDICAL_EMERGENCY ? Severity.HIGH : Severity.MEDIUM,
                    DemoPassengers.incidentText(flight.incident()));
        }
    }

    private static String pick(Random random) {
        double draw = random.nextDouble();
        for (Map.Entry<String, Double> destination : DESTINATIONS.entrySet()) {
            draw -= destination.getValue();
            if (draw < 0) {
                return destination.getKey();
            }
        }
        return "GTM";
    }

    /** One demo flight: what its notice says and when its manifest came, if it did. */
    record DemoFlight(String mission, String member, String arrivalPoint, String pickup, Instant departure, Instant arrival,
                      AircraftKind aircraft, boolean restraints, int passengers, Instant noticeReceived, Instant manifestReceived,
                      int nonNationals, IncidentKind incident) {

        static DemoFlight draw(Random random, int sequence, String member, String point, String pickup, LocalDate day, LocalDate today) {
            boolean military = random.nextDouble() < 0.05;
            int passengers = military ? 70 + random.nextInt(11) : (int) Math.max(90, Math.min(135, Math.round(120 + 10 * random.nextGaussian())));
            Instant arrival = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(8 * 60 + random.nextInt(10 * 60)));
            Instant departure = arrival.minus(Duration.ofMinutes(150 + random.nextInt(180)));
            boolean lateNotice = random.nextDouble() < 0.03;
            Instant notice = arrival.minus(Duration.ofHours(lateNotice ? 24 + random.nextInt(40) : 80 + random.nextInt(140)));
            boolean awaitingManifest = !day.isBefore(today.plusDays(3));
            boolean lateManifest = random.nextDouble() < 0.03;
            Instant manifest = awaitingManifest ? null : arrival.minus(Duration.ofHours(lateManifest ? 6 + random.nextInt(30) : 50 + random.nextInt(40)));
            boolean restraints = military && random.nextDouble() < 0.6;
            int nonNationals = Set.of("MEX", "CRI", "PAN").contains(member) && random.nextDouble() < 0.25 ? 5 + random.nextInt(30) : 0;
            IncidentKind incident = day.isBefore(today) && random.nextDouble() < 0.03
                    ? IncidentKind.values()[random.nextInt(IncidentKind.values().length)] : null;
            if (military && restraints && incident == null && day.isBefore(today)) {
                incident = IncidentKind.RESTRAINTS_USED;
            }
            String mission = String.format("IAO%s-%05d", day.toString().replace("-", "").substring(2), sequence);
            return new DemoFlight(mission, member, point, pickup, departure, arrival, military ? AircraftKind.MILITARY : AircraftKind.CHARTER,
                    restraints, passengers, notice, manifest, nonNationals, incident);
        }
    }
}
