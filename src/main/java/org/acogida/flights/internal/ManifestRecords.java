package org.acogida.flights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.acogida.flights.manifest.Passenger;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Manifests and their passengers, of the current member's flights. */
@Repository
public class ManifestRecords {

    /** Applied to its flight, or an amendment held until the coordinator has seen its difference and applies it. */
    public enum Status { APPLIED, PENDING }

    public record StoredManifest(UUID id, UUID flightId, int versionNumber, String contentHash, String source, int rowCount,
                                 int skippedRows, Status status, Instant receivedAt) {}

    private final ScopedJdbc jdbc;
    private final JsonMapper json;

    ManifestRecords(ScopedJdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<StoredManifest> withContent(UUID flightId, String contentHash) {
        return jdbc.sql("SELECT * FROM manifest WHERE flight_id = :flight AND content_hash = :hash AND member_state = :member")
                .param("flight", flightId).param("hash", contentHash).query(ManifestRecords::manifest).optional();
    }

    public Optional<StoredManifest> find(UUID flightId, UUID manifestId) {
        return jdbc.sql("SELECT * FROM manifest WHERE id = :id AND flight_id = :flight AND member_state = :member")
                .param("id", manifestId).param("flight", flightId).query(ManifestRecords::manifest).optional();
    }

    public Optional<StoredManifest> pending(UUID flightId) {
        return jdbc.sql("SELECT * FROM manifest WHERE flight_id = :flight AND status = :status AND member_state = :member")
                .param("flight", flightId).param("status", Status.PENDING.name()).query(ManifestRecords::manifest).optional();
    }

    public int nextVersion(UUID flightId) {
        return jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM manifest WHERE flight_id = :flight AND member_state = :member")
                .param("flight", flightId).query(Integer.class).single();
    }

    /** A pending amendment is replaced by a newer one: the older is forgotten, passengers and all. */
    public void dropPending(UUID flightId) {
        pending(flightId).ifPresent(old -> {
            jdbc.sql("DELETE FROM manifest_passenger WHERE manifest_id = :id AND member_state = :member").param("id", old.id()).update();
            jdbc.sql("DELETE FROM manifest WHERE id = :id AND member_state = :member").param("id", old.id()).update();
        });
    }

    public void insert(UUID id, UUID flightId, int version, String hash, String source, int rows, int skipped, Status status,
                       Instant receivedAt, List<Passenger> passengers, String memberState) {
        jdbc.sql("""
                        INSERT INTO manifest (id, flight_id, member_state, version_number, content_hash, source, row_count, skipped_rows,
                                              status, received_at, summary)
                        VALUES (:id, :flight, :member, :version, :hash, :source, :rows, :skipped, :status, :received, :summary)""")
                .param("id", id).param("flight", flightId).param("version", version).param("hash", hash).param("source", source)
                .param("rows", rows).param("skipped", skipped).param("status", status.name()).param("received", Timestamp.from(receivedAt))
                .param("summary", json.writeValueAsString(summarize(passengers, memberState)))
                .update();
        List<Map<String, Object>> rowsToInsert = new ArrayList<>(passengers.size());
        for (Passenger p : passengers) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", UUID.randomUUID());
            row.put("manifest", id);
            row.put("flight", flightId);
            row.put("row", p.row());
            row.put("passengerId", p.passengerId());
            row.put("lastNames", p.lastNames());
            row.put("firstNames", p.firstNames());
            row.put("born", p.dateOfBirth());
            row.put("sex", p.sex());
            row.put("citizenship", p.citizenship());
            row.put("documentType", p.documentType());
            row.put("documentNumber", p.documentNumber());
            row.put("familyUnit", p.familyUnitId());
            row.put("juvenile", p.juvenile());
            row.put("unaccompanied", p.unaccompanied());
            row.put("medical", p.medicalNotes());
            rowsToInsert.add(row);
        }
        jdbc.batch("""
                INSERT INTO manifest_passenger (id, manifest_id, flight_id, member_state, row_number, passenger_id, last_names,
                                                first_names, date_of_birth, sex, citizenship, document_type, document_number,
                                                family_unit_id, juvenile, unaccompanied, medical_notes)
                VALUES (:id, :manifest, :flight, :member, :row, :passengerId, :lastNames, :firstNames, :born, :sex, :citizenship,
                        :documentType, :documentNumber, :familyUnit, :juvenile, :unaccompanied, :medical)""", rowsToInsert);
    }

    public void markApplied(UUID manifestId) {
        jdbc.sql("UPDATE manifest SET status = :status WHERE id = :id AND member_state = :member")
                .param("status", Status.APPLIED.name()).param("id", manifestId).update();
    }

    public List<Passenger> passengers(UUID manifestId) {
        return jdbc.sql("SELECT * FROM manifest_passenger WHERE manifest_id = :id AND member_state = :member ORDER BY row_number")
                .param("id", manifestId).query(ManifestRecords::passenger).list();
    }

    public Optional<StoredManifest> applied(UUID flightId, int version) {
        return jdbc.sql("SELECT * FROM manifest WHERE flight_id = :flight AND version_number = :version AND member_state = :member")
                .param("flight", flightId).param("version", version).query(ManifestRecords::manifest).optional();
    }

    /** The counts the rules need, as taken when the manifest was imported. */
    public FlightFacts.ManifestSummary summary(UUID manifestId, String memberState) {
        String stored = jdbc.sql("SELECT summary FROM manifest WHERE id = :id AND member_state = :member").param("id", manifestId)
                .query(String.class).single();
        return json.readValue(stored, FlightFacts.ManifestSummary.class);
    }

    static FlightFacts.ManifestSummary summarize(List<Passenger> passengers, String memberState) {
        Map<String, Integer> nonNationals = new TreeMap<>();
        int nationals = 0;
        int juveniles = 0;
        int unaccompanied = 0;
        int medical = 0;
        Set<String> families = new HashSet<>();
        for (Passenger p : passengers) {
            if (p.citizenship().equals(memberState)) {
                nationals++;
            } else {
                nonNationals.merge(p.citizenship(), 1, Integer::sum);
            }
            juveniles += p.juvenile() ? 1 : 0;
            unaccompanied += p.unaccompanied() ? 1 : 0;
            medical += p.medicalNotes() != null ? 1 : 0;
            if (p.familyUnitId() != null) {
                families.add(p.familyUnitId());
            }
        }
        return new FlightFacts.ManifestSummary(passengers.size(), nationals, Map.copyOf(nonNationals), juveniles, unaccompanied,
                families.size(), medical);
    }

    static StoredManifest manifest(ResultSet rs, int row) throws SQLException {
        return new StoredManifest(rs.getObject("id", UUID.class), rs.getObject("flight_id", UUID.class), rs.getInt("version_number"),
                rs.getString("content_hash"), rs.getString("source"), rs.getInt("row_count"), rs.getInt("skipped_rows"),
                Status.valueOf(rs.getString("status")), rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant());
    }

    static Passenger passenger(ResultSet rs, int row) throws SQLException {
        return new Passenger(rs.getInt("row_number"), rs.getString("passenger_id"), rs.getString("last_names"), rs.getString("first_names"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("citizenship"),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("family_unit_id"),
                rs.getBoolean("juvenile"), rs.getBoolean("unaccompanied"), rs.getString("medical_notes"));
    }
}
