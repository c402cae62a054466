package org.acogida.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acogida.cases.Case;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.coalition.Countries;
import org.acogida.coalition.CountryNames;
import org.acogida.coalition.MemberFacts;
import org.acogida.flights.Flight;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.flights.manifest.Passenger;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.internal.ArrivalRecords;
import org.acogida.reception.internal.LandingRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People arriving at the member's arrival points: a landed flight's passengers, who become cases
 * all at once, and those who come without a notice.
 */
@Component
public class Arrivals {

    private final FlightNotices flights;
    private final Manifests manifests;
    private final Cases cases;
    private final ArrivalRecords arrivals;
    private final LandingRecords landings;
    private final Countries countries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Arrivals(FlightNotices flights, Manifests manifests, Cases cases, ArrivalRecords arrivals, LandingRecords landings, Countries countries,
             ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.flights = flights;
        this.manifests = manifests;
        this.cases = cases;
        this.arrivals = arrivals;
        this.landings = landings;
        this.countries = countries;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Marks a flight as landed and creates one case per passenger of its applied manifest, in one
     * transaction: if anything fails or the server stops half-way, no case exists; the landing row's
     * key makes a second landing (a double click, two officers, a retry after a crash) create nothing.
     */
    public LandingResult land(UUID flightId) {
        return landAt(flightId, clock.instant());
    }

    /**
     * Marks a flight as landed at a time already past: for a landing recorded after the fact (the
     * desk was on paper during an outage) and the demo's history. A time to come is refused.
     */
    public LandingResult landAt(UUID flightId, Instant landedAt) {
        if (landedAt.isAfter(clock.instant())) {
            return new LandingResult.Refused("reception.land.in-future");
        }
        try {
            return transaction.execute(status -> landOnce(flightId, landedAt));
        } catch (DuplicateKeyException alreadyDone) {
            return new LandingResult.AlreadyLanded();
        }
    }

    private LandingResult landOnce(UUID flightId, Instant now) {
        Flight flight = flights.flight(flightId);
        if (landings.of(List.of(flightId)).containsKey(flightId)) {
            return new LandingResult.AlreadyLanded();
        }
        List<Passenger> passengers = manifests.passengers(flightId);
        if (passengers.isEmpty()) {
            return new LandingResult.Refused("reception.land.no-manifest");
        }
        Actor officer = Actors.require();
        LocalDate arrivedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        landings.insert(flightId, now, officer.userId(), passengers.size());
        MemberFacts member = countries.facts(flight.memberState());
        List<Case> opened = new ArrayList<>(passengers.size());
        List<Arrival> arrived = new ArrayList<>(passengers.size());
        // The manifest names a family unit per flight; its cases share the id of the family's first case.
        Map<String, UUID> families = new HashMap<>();
        for (Passenger p : passengers) {
            UUID id = UUID.randomUUID();
            UUID family = p.familyUnitId() == null ? null : families.computeIfAbsent(p.familyUnitId(), unit -> id);
            Identity identity = new Identity(p.lastNames(), p.firstNames(), p.dateOfBirth(), p.sex(), p.citizenship(), p.documentType(),
                    p.documentNumber());
            opened.add(new Case(id, id, flight.memberState(), 0, arrivedOn, identity, p.juvenile() || isMinor(p.dateOfBirth(), arrivedOn, member),
                    p.unaccompanied(), family, CaseStatus.AWAITED, 0, now));
            arrived.add(new Arrival(id, ArrivalKind.FLIGHT, flightId, p.passengerId(), flight.arrivalPoint(), arrivedOn, p.familyUnitId(),
                    p.medicalNotes(), CheckIn.EXPECTED, null));
        }
        cases.open(opened, ArrivalEvents.ARRIVED_ON_FLIGHT, flight.missionNumber());
        arrivals.insertAll(arrived, opened.stream().collect(Collectors.toMap(Case::id, Case::identity)));
        events.publishEvent(new FlightLanded(flightId, flight.memberState(), now, opened.size()));
        return new LandingResult.Landed(opened.size());
    }

    public sealed interface WalkInResult {
        record Registered(UUID caseId) implements WalkInResult {}

        record Refused(String field, String messageKey) implements WalkInResult {}
    }

    /** Registers someone who arrived without a flight notice; they are at the desk, so present. */
    public WalkInResult registerWalkIn(WalkIn walkIn) {
        Actor officer = Actors.require();
        if (countries.arrivalPointsOf(officer.memberState()).stream().noneMatch(p -> p.code().equals(walkIn.arrivalPoint()))) {
            return new WalkInResult.Refused("arrivalPoint", "flight.refused.arrival-point");
        }
        if (walkIn.kind() != ArrivalKind.LAND_BORDER && walkIn.kind() != ArrivalKind.WALK_IN) {
            return new WalkInResult.Refused("kind", "reception.walk-in.kind");
        }
        Optional<String> nationality = CountryNames.resolve(walkIn.nationality());
        if (nationality.isEmpty()) {
            return new WalkInResult.Refused("nationality", "reception.walk-in.nationality");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (walkIn.dateOfBirth() != null && walkIn.dateOfBirth().isAfter(today)) {
            return new WalkInResult.Refused("dateOfBirth", "reception.walk-in.born-in-future");
        }
        boolean minor = isMinor(walkIn.dateOfBirth(), today, countries.facts(officer.memberState()));
        UUID id = UUID.randomUUID();
        Identity identity = new Identity(walkIn.lastNames().strip(), walkIn.firstNames().strip(), walkIn.dateOfBirth(), walkIn.sex(),
                nationality.get(), blankToNull(walkIn.documentType()), blankToNull(walkIn.documentNumber()));
        Case opened = new Case(id, id, officer.memberState(), 0, today, identity, minor, minor && walkIn.unaccompanied(), null, CaseStatus.ACTIVE,
                0, now);
        Arrival arrival = new Arrival(id, walkIn.kind(), null, null, walkIn.arrivalPoint(), today, null, null, CheckIn.PRESENT, now);
        return transaction.execute(status -> {
            cases.open(List.of(opened), ArrivalEvents.arrived(walkIn.kind()), walkIn.arrivalPoint());
            arrivals.insertAll(List.of(arrival), Map.of(id, identity));
            return new WalkInResult.Registered(id);
        });
    }

    /** A flight of the arrival board: whether it has landed, and where its people stand at the desk. */
    public record BoardRow(Flight flight, boolean landed, Instant landedAt, Map<CheckIn, Integer> checkIn) {
        public int count(CheckIn state) {
            return checkIn.getOrDefault(state, 0);
        }
    }

    /** The member's flights arriving at a point from yesterday to tomorrow, with their landing and check-in. */
    @Transactional(readOnly = true)
    public List<BoardRow> board(String arrivalPoint) {
        LocalDate today = LocalDate.now(clock);
        List<Flight> arriving = flights.board(today.minusDays(1), 3, arrivalPoint).stream().map(FlightNotices.BoardRow::flight).toList();
        List<UUID> ids = arriving.stream().map(Flight::id).toList();
        Map<UUID, LandingRecords.Landing> landed = landings.of(ids);
        Map<UUID, Map<CheckIn, Integer>> counts = arrivals.checkInCounts(ids);
        return arriving.stream().map(f -> {
            LandingRecords.Landing landing = landed.get(f.id());
            return new BoardRow(f, landing != null, landing == null ? null : landing.landedAt(), counts.getOrDefault(f.id(), Map.of()));
        }).toList();
    }

    private static boolean isMinor(LocalDate born, LocalDate on, MemberFacts member) {
        return born != null && member.minorOn(born, on);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
