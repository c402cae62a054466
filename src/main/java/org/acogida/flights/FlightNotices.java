package org.acogida.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.flights.internal.DecisionRecords;
import org.acogida.flights.internal.FlightEvaluator;
import org.acogida.flights.internal.FlightRecords;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a member learns what lands when: the sending state's notices, each evaluated as soon as it
 * is registered, and the arrival board with the decision standing on each flight. Everything here
 * is the current member's own.
 */
@Component
public class FlightNotices {

    private final FlightRecords flights;
    private final DecisionRecords decisions;
    private final FlightEvaluator evaluator;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    FlightNotices(FlightRecords flights, DecisionRecords decisions, FlightEvaluator evaluator, Countries countries, AuditLog audit,
                  Clock clock) {
        this.flights = flights;
        this.decisions = decisions;
        this.evaluator = evaluator;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    public sealed interface NoticeResult {
        record Registered(UUID flightId) implements NoticeResult {}

        /** The same mission from the same authority was already notified to this member: nothing new. */
        record AlreadyKnown(UUID flightId) implements NoticeResult {}

        record Refused(String field, String messageKey) implements NoticeResult {}
    }

    /** Registers a flight notice for one of the current member's arrival points and evaluates it. */
    @Transactional
    public NoticeResult registerNotice(FlightNotice notice) {
        String member = Actors.require().memberState();
        Optional<ArrivalPoint> point = countries.arrivalPointsOf(member).stream()
                .filter(p -> p.code().equalsIgnoreCase(notice.arrivalPoint())).findFirst();
        if (point.isEmpty()) {
            return new NoticeResult.Refused("arrivalPoint", "flight.refused.arrival-point");
        }
        if (!notice.scheduledArrival().isAfter(notice.scheduledDeparture())) {
            return new NoticeResult.Refused("scheduledArrival", "flight.refused.arrival-before-departure");
        }
        Optional<Flight> known = flights.findByMission(notice.sendingAuthority(), notice.missionNumber());
        if (known.isPresent()) {
            return new NoticeResult.AlreadyKnown(known.get().id());
        }
        UUID id = UUID.randomUUID();
        FlightNotice normalized = new FlightNotice(notice.sendingAuthority().strip(), notice.missionNumber().strip(),
                notice.scheduledDeparture(), notice.scheduledArrival(), notice.pickupAirport().strip().toUpperCase(Locale.ROOT),
                point.get().code(), notice.aircraftKind(), notice.restraintsDeclared(), notice.declaredPassengers(),
                notice.noticeReceivedAt() == null ? clock.instant() : notice.noticeReceivedAt());
        flights.insert(id, normalized, clock.instant());
        audit.record(AuditAction.CREATE, "flight", id, member);
        evaluator.evaluate(id);
        return new NoticeResult.Registered(id);
    }

    @Transactional(readOnly = true)
    public Flight flight(UUID flightId) {
        return flights.require(flightId);
    }

    /** Flights arriving over the given days, at one arrival point or all of the member's. */
    @Transactional(readOnly = true)
    public List<BoardRow> board(LocalDate from, int days, String arrivalPoint) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<BoardRow> rows = new ArrayList<>();
        for (Flight flight : flights.arriving(start, end, arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint)) {
            rows.add(new BoardRow(flight, decisions.current(flight.id()).orElse(null)));
        }
        return rows;
    }

    public record BoardRow(Flight flight, Decision decision) {}
}
