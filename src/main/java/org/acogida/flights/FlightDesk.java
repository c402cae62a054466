package org.acogida.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.flights.decision.DecisionRule;
import org.acogida.flights.decision.DiversionNeedsAVote;
import org.acogida.flights.decision.OverrideNeedsJustification;
import org.acogida.flights.decision.ReviewIsNotADecision;
import org.acogida.flights.incident.Incident;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.flights.internal.CoalitionRecords;
import org.acogida.flights.internal.DecisionRecords;
import org.acogida.flights.internal.FlightEvaluator;
import org.acogida.flights.internal.FlightRecords;
import org.acogida.flights.internal.IncidentRecords;
import org.acogida.flights.internal.ManifestRecords;
import org.acogida.flights.manifest.ManifestProblem;
import org.acogida.flights.manifest.ManifestReader;
import org.acogida.flights.manifest.ManifestValidator;
import org.acogida.flights.manifest.Passenger;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's flights: notices coming in, manifests imported or amended, the decision on each flight
 * and the coordinator's word on it, and incidents. Everything here is the current member's own.
 */
@Component
public class FlightDesk {

    private final FlightRecords flights;
    private final ManifestRecords manifests;
    private final DecisionRecords decisions;
    private final IncidentRecords incidents;
    private final CoalitionRecords coalition;
    private final FlightEvaluator evaluator;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    FlightDesk(FlightRecords flights, ManifestRecords manifests, DecisionRecords decisions, IncidentRecords incidents,
               CoalitionRecords coalition, FlightEvaluator evaluator, Countries countries, AuditLog audit, Clock clock) {
        this.flights = flights;
        this.manifests = manifests;
        this.decisions = decisions;
        this.incidents = incidents;
        this.coalition = coalition;
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
                notice.scheduledDeparture(), notice.scheduledArrival(), notice.pickupAirport().strip().toUpperCase(java.util.Locale.ROOT),
                point.get().code(), notice.aircraftKind(), notice.restraintsDeclared(), notice.declaredPassengers(),
                notice.noticeReceivedAt() == null ? clock.instant() : notice.noticeReceivedAt());
        flights.insert(id, normalized, clock.instant());
        audit.record(AuditAction.CREATE, "flight", id, member);
        evaluator.evaluate(id);
        return new NoticeResult.Registered(id);
    }

    @Transactional(readOnly = true)
    public Flight flight(UUID flightId) {
        return flights.find(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
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

    @Transactional(readOnly = true)
    public Optional<Decision> decision(UUID flightId) {
        flight(flightId);
        return decisions.current(flightId);
    }

    @Transactional(readOnly = true)
    public List<Decision> decisionHistory(UUID flightId) {
        flight(flightId);
        return decisions.history(flightId);
    }

    /** The applied manifest's passengers: personal data, so the reading is audited. */
    @Transactional
    public List<Passenger> passengers(UUID flightId) {
        Flight flight = flight(flightId);
        if (!flight.hasManifest()) {
            return List.of();
        }
        return manifests.applied(flightId, flight.manifestVersion()).map(manifest -> {
            audit.record(AuditAction.READ, "manifest", manifest.id(), flight.memberState());
            return manifests.passengers(manifest.id());
        }).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<FlightFacts.ManifestSummary> manifestSummary(UUID flightId) {
        Flight flight = flight(flightId);
        return manifests.applied(flightId, flight.manifestVersion()).map(m -> manifests.summary(m.id(), flight.memberState()));
    }

    /** A manifest uploaded as a CSV or XLSX file. */
    @Transactional
    public ManifestImport importManifest(UUID flightId, byte[] content, String fileName, boolean importValidRows) {
        Flight flight = flight(flightId);
        ManifestReader.RawManifest raw = ManifestReader.read(content, fileName);
        if (!raw.readable()) {
            return new ManifestImport.Rejected(raw.problems(), 0, 0);
        }
        return importRows(flight, raw.rows(), raw.format(), importValidRows, clock.instant());
    }

    /** A manifest sent through the API, one map of column to value per passenger, received now. */
    @Transactional
    public ManifestImport importManifestRows(UUID flightId, List<Map<String, String>> rows, boolean importValidRows) {
        return importManifestRows(flightId, rows, importValidRows, clock.instant());
    }

    /** A manifest received at a known time: for loading a history, such as the demo's six months. */
    @Transactional
    public ManifestImport importManifestRows(UUID flightId, List<Map<String, String>> rows, boolean importValidRows, Instant receivedAt) {
        Flight flight = flight(flightId);
        if (rows.size() > ManifestReader.MAX_ROWS) {
            return new ManifestImport.Rejected(List.of(ManifestProblem.of(0, "", ManifestProblem.Code.TOO_MANY_ROWS, ManifestReader.MAX_ROWS)),
                    rows.size(), 0);
        }
        List<ManifestReader.RawRow> raw = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            raw.add(ManifestValidator.row(i + 1, rows.get(i)));
        }
        return importRows(flight, raw, "API", importValidRows, receivedAt);
    }

    private ManifestImport importRows(Flight flight, List<ManifestReader.RawRow> rows, String source, boolean importValidRows, Instant now) {
        if (rows.isEmpty()) {
            return new ManifestImport.Rejected(List.of(ManifestProblem.of(0, "", ManifestProblem.Code.EMPTY_FILE)), 0, 0);
        }
        ManifestValidator.Result result = ManifestValidator.validate(rows, context(flight));
        if (!result.clean() && (!importValidRows || result.valid().isEmpty())) {
            return new ManifestImport.Rejected(result.problems(), result.rows(), result.valid().size());
        }
        int skipped = result.rows() - result.valid().size();
        String hash = result.contentHash();
        Optional<ManifestRecords.StoredManifest> same = manifests.withContent(flight.id(), hash);
        if (same.isPresent()) {
            if (same.get().status() == ManifestRecords.Status.PENDING) {
                return new ManifestImport.AmendmentPending(same.get().id(), diff(flight, manifests.passengers(same.get().id())), skipped);
            }
            return new ManifestImport.Unchanged(same.get().versionNumber());
        }
        UUID id = UUID.randomUUID();
        if (!flight.hasManifest()) {
            int version = manifests.nextVersion(flight.id());
            manifests.insert(id, flight.id(), version, hash, source, result.rows(), skipped, ManifestRecords.Status.APPLIED, now, result.valid(), flight.memberState());
            flights.manifestApplied(flight.id(), version, now, result.valid().size(), nonNationals(flight, result.valid()));
            audit.record(AuditAction.CREATE, "manifest", id, flight.memberState());
            evaluator.evaluate(flight.id());
            return new ManifestImport.Applied(version, result.valid().size(), skipped);
        }
        manifests.dropPending(flight.id());
        manifests.insert(id, flight.id(), manifests.nextVersion(flight.id()), hash, source, result.rows(), skipped, ManifestRecords.Status.PENDING, now,
                result.valid(), flight.memberState());
        audit.record(AuditAction.CREATE, "manifest", id, flight.memberState());
        return new ManifestImport.AmendmentPending(id, diff(flight, result.valid()), skipped);
    }

    /** Applies a pending amendment the coordinator has seen as a difference; the flight is evaluated again. */
    @Transactional
    public ManifestImport applyAmendment(UUID flightId, UUID manifestId) {
        Flight flight = flight(flightId);
        ManifestRecords.StoredManifest pending = manifests.find(flightId, manifestId)
                .filter(m -> m.status() == ManifestRecords.Status.PENDING).orElseThrow(() -> FlightNotFound.forId(manifestId));
        List<Passenger> passengers = manifests.passengers(manifestId);
        manifests.markApplied(manifestId);
        flights.manifestApplied(flightId, pending.versionNumber(), pending.receivedAt(), passengers.size(), nonNationals(flight, passengers));
        audit.record(AuditAction.UPDATE, "manifest", manifestId, flight.memberState());
        evaluator.evaluate(flightId);
        return new ManifestImport.Applied(pending.versionNumber(), passengers.size(), pending.skippedRows());
    }

    @Transactional(readOnly = true)
    public Optional<ManifestImport.AmendmentPending> pendingAmendment(UUID flightId) {
        Flight flight = flight(flightId);
        return manifests.pending(flightId).map(m -> new ManifestImport.AmendmentPending(m.id(),
                diff(flight, manifests.passengers(m.id())), m.skippedRows()));
    }

    private ManifestDiff diff(Flight flight, List<Passenger> amended) {
        List<Passenger> current = manifests.applied(flight.id(), flight.manifestVersion())
                .map(m -> manifests.passengers(m.id())).orElse(List.of());
        return ManifestDiff.between(current, amended);
    }

    private static int nonNationals(Flight flight, List<Passenger> passengers) {
        return (int) passengers.stream().filter(p -> !p.citizenship().equals(flight.memberState())).count();
    }

    static ManifestValidator.FlightContext context(Flight flight) {
        return new ManifestValidator.FlightContext(flight.missionNumber(), flight.scheduledDeparture().atZone(ZoneOffset.UTC).toLocalDate(),
                flight.scheduledArrival().atZone(ZoneOffset.UTC).toLocalDate(), flight.pickupAirport(), flight.arrivalPoint());
    }

    /** Whatever the state of the decision, choosing "needs review" is not deciding: the coordinator is told so first. */
    private static final DecisionRule REVIEW_IS_NOT_A_DECISION = new ReviewIsNotADecision();

    /** The rules a word on the standing evaluation keeps, in the order the coordinator is told of them. */
    private static final List<DecisionRule> DECISION_RULES = List.of(new OverrideNeedsJustification(), new DiversionNeedsAVote());

    /**
     * The coordinator confirms the evaluated outcome or overrides it. An override needs a
     * justification; a flight refused elsewhere under the protocol is not accepted here without a
     * coalition vote; and of two coordinators deciding at once, the first stands and the second is told.
     */
    @Transactional
    public DecisionOutcome decide(UUID flightId, UUID decisionId, Outcome chosen, String justification) {
        Flight flight = flight(flightId);
        Decision current = decisions.current(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
        Optional<DecisionOutcome.Refused> notADecision = REVIEW_IS_NOT_A_DECISION.check(current, chosen, justification);
        if (notADecision.isPresent()) {
            return notADecision.get();
        }
        if (!current.id().equals(decisionId) || current.confirmed()) {
            return new DecisionOutcome.Conflict(current.standing(), current.confirmed() ? current.confirmedAt() : current.evaluatedAt());
        }
        Optional<DecisionOutcome.Refused> refused = DECISION_RULES.stream().map(rule -> rule.check(current, chosen, justification))
                .flatMap(Optional::stream).findFirst();
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean override = chosen != current.outcome();
        String reason = justification == null ? "" : justification.strip();
        if (!decisions.confirm(decisionId, chosen, reason.isEmpty() ? null : reason, Actors.require().userId(), clock.instant())) {
            Decision standing = decisions.current(flightId).orElse(current);
            return new DecisionOutcome.Conflict(standing.standing(), standing.confirmedAt() != null ? standing.confirmedAt() : standing.evaluatedAt());
        }
        audit.record(AuditAction.UPDATE, "flight_decision", decisionId, flight.memberState());
        return new DecisionOutcome.Recorded(chosen, override);
    }

    /** Evaluates a flight again, for example after the arrival point's load changed. */
    @Transactional
    public Decision reevaluate(UUID flightId) {
        return evaluator.evaluate(flightId);
    }

    /** Evaluates again the member's flights still to arrive: after a policy or protocol change. */
    @Transactional
    public int reevaluateUpcoming() {
        List<UUID> upcoming = flights.upcoming(clock.instant());
        upcoming.forEach(evaluator::evaluate);
        return upcoming.size();
    }

    @Transactional
    public Incident reportIncident(UUID flightId, IncidentKind kind, Severity severity, String description) {
        Flight flight = flight(flightId);
        ProtocolParameters protocol = coalition.currentProtocol().map(CoalitionRecords.ProtocolVersion::parameters)
                .orElse(ProtocolParameters.none());
        Incident incident = new Incident(UUID.randomUUID(), flightId, kind, severity, kind.breachedRule(protocol).orElse(null),
                description.strip(), Actors.require().userId(), clock.instant());
        incidents.insert(incident);
        audit.record(AuditAction.CREATE, "incident", incident.id(), flight.memberState());
        return incident;
    }

    @Transactional(readOnly = true)
    public List<Incident> incidents(UUID flightId) {
        flight(flightId);
        return incidents.ofFlight(flightId);
    }
}
