package org.acogida.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.flights.internal.FlightEvaluator;
import org.acogida.flights.internal.FlightRecords;
import org.acogida.flights.internal.ManifestRecords;
import org.acogida.flights.manifest.ManifestProblem;
import org.acogida.flights.manifest.ManifestReader;
import org.acogida.flights.manifest.ManifestValidator;
import org.acogida.flights.manifest.Passenger;
import org.acogida.flights.protocol.FlightFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on board: the sending state's manifest of a flight, imported from a file or the API all
 * or nothing (or only its valid rows, when the coordinator asks), an amendment held as a difference
 * until the coordinator applies it, and the passengers, whose every reading is audited.
 */
@Component
public class Manifests {

    private final FlightRecords flights;
    private final ManifestRecords manifests;
    private final FlightEvaluator evaluator;
    private final AuditLog audit;
    private final Clock clock;

    Manifests(FlightRecords flights, ManifestRecords manifests, FlightEvaluator evaluator, AuditLog audit, Clock clock) {
        this.flights = flights;
        this.manifests = manifests;
        this.evaluator = evaluator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applied manifest's passengers: personal data, so the reading is audited. */
    @Transactional
    public List<Passenger> passengers(UUID flightId) {
        Flight flight = flights.require(flightId);
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
        Flight flight = flights.require(flightId);
        return manifests.applied(flightId, flight.manifestVersion()).map(m -> manifests.summary(m.id(), flight.memberState()));
    }

    /** A manifest uploaded as a CSV or XLSX file. */
    @Transactional
    public ManifestImport importManifest(UUID flightId, byte[] content, String fileName, boolean importValidRows) {
        Flight flight = flights.require(flightId);
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
        Flight flight = flights.require(flightId);
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
            manifests.insert(id, flight.id(), version, hash, source, result.rows(), skipped, ManifestRecords.Status.APPLIED, now,
                    result.valid(), flight.memberState());
            flights.manifestApplied(flight.id(), version, now, result.valid().size(), nonNationals(flight, result.valid()));
            audit.record(AuditAction.CREATE, "manifest", id, flight.memberState());
            evaluator.evaluate(flight.id());
            return new ManifestImport.Applied(version, result.valid().size(), skipped);
        }
        manifests.dropPending(flight.id());
        manifests.insert(id, flight.id(), manifests.nextVersion(flight.id()), hash, source, result.rows(), skipped,
                ManifestRecords.Status.PENDING, now, result.valid(), flight.memberState());
        audit.record(AuditAction.CREATE, "manifest", id, flight.memberState());
        return new ManifestImport.AmendmentPending(id, diff(flight, result.valid()), skipped);
    }

    /** Applies a pending amendment the coordinator has seen as a difference; the flight is evaluated again. */
    @Transactional
    public ManifestImport applyAmendment(UUID flightId, UUID manifestId) {
        Flight flight = flights.require(flightId);
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
        Flight flight = flights.require(flightId);
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

    private static ManifestValidator.FlightContext context(Flight flight) {
        return new ManifestValidator.FlightContext(flight.missionNumber(), flight.scheduledDeparture().atZone(ZoneOffset.UTC).toLocalDate(),
                flight.scheduledArrival().atZone(ZoneOffset.UTC).toLocalDate(), flight.pickupAirport(), flight.arrivalPoint());
    }
}
