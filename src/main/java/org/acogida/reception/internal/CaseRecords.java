package org.acogida.reception.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.reception.ArrivalKind;
import org.acogida.reception.CheckIn;
import org.acogida.reception.ReceptionCase;
import org.acogida.platform.text.LatinLetters;
import org.acogida.reception.search.Folding;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The current member's reception cases. */
@Repository
public class CaseRecords {

    private final ScopedJdbc jdbc;

    CaseRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new cases in one batch; their numbers are given by the database. */
    public void insertAll(List<ReceptionCase> cases) {
        List<Map<String, Object>> rows = new ArrayList<>(cases.size());
        for (ReceptionCase c : cases) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", c.id());
            row.put("person", c.personId());
            row.put("kind", c.arrivalKind().name());
            row.put("flight", c.flightId());
            row.put("passengerId", c.passengerId());
            row.put("point", c.arrivalPoint());
            row.put("arrivedOn", Date.valueOf(c.arrivedOn()));
            row.put("lastNames", c.lastNames());
            row.put("firstNames", c.firstNames());
            row.put("born", c.dateOfBirth() == null ? null : Date.valueOf(c.dateOfBirth()));
            row.put("sex", c.sex());
            row.put("nationality", c.nationality());
            row.put("documentType", c.documentType());
            row.put("documentNumber", c.documentNumber());
            row.put("familyUnit", c.familyUnitId());
            row.put("juvenile", c.juvenile());
            row.put("unaccompanied", c.unaccompanied());
            row.put("medical", c.medicalNotes());
            row.put("checkIn", c.checkIn().name());
            row.put("checkedInAt", c.checkedInAt() == null ? null : Timestamp.from(c.checkedInAt()));
            row.put("searchKey", searchKey(c.lastNames(), c.firstNames()));
            row.put("documentKey", documentKey(c.documentNumber()));
            row.put("now", Timestamp.from(c.createdAt()));
            rows.add(row);
        }
        jdbc.batch("""
                INSERT INTO reception_case (id, person_id, member_state, arrival_kind, flight_id, passenger_id, arrival_point, arrived_on, last_names,
                                            first_names, date_of_birth, sex, nationality, document_type, document_number, family_unit_id,
                                            juvenile, unaccompanied, medical_notes, check_in, checked_in_at, search_key, document_key,
                                            version, created_at)
                VALUES (:id, :person, :member, :kind, :flight, :passengerId, :point, :arrivedOn, :lastNames, :firstNames, :born, :sex, :nationality,
                        :documentType, :documentNumber, :familyUnit, :juvenile, :unaccompanied, :medical, :checkIn, :checkedInAt,
                        :searchKey, :documentKey, 0, :now)""", rows);
    }

    public Optional<ReceptionCase> find(UUID id) {
        return jdbc.sql("SELECT * FROM reception_case WHERE id = :id AND member_state = :member").param("id", id)
                .query(CaseRecords::receptionCase).optional();
    }

    public List<ReceptionCase> ofFlight(UUID flightId) {
        return jdbc.sql("SELECT * FROM reception_case WHERE flight_id = :flight AND member_state = :member ORDER BY case_number")
                .param("flight", flightId).query(CaseRecords::receptionCase).list();
    }

    /** The others of a family unit that travelled together. */
    public List<ReceptionCase> family(UUID flightId, String familyUnitId, UUID except) {
        return jdbc.sql("""
                        SELECT * FROM reception_case WHERE flight_id = :flight AND family_unit_id = :family AND id <> :except
                          AND member_state = :member ORDER BY date_of_birth""")
                .param("flight", flightId).param("family", familyUnitId).param("except", except).query(CaseRecords::receptionCase).list();
    }

    /** What the desk compares with what an officer typed, for one case: its folded names and document. */
    public record SearchEntry(UUID id, List<String> nameWords, String documentKey, String passengerId, CheckIn checkIn) {}

    /** The search entries of the cases that arrived at the point in [from, to]: the people the desk may be calling. */
    public List<SearchEntry> searchEntries(String arrivalPoint, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT id, search_key, document_key, passenger_id, check_in FROM reception_case
                        WHERE member_state = :member AND arrival_point = :point AND arrived_on >= :from AND arrived_on <= :to""")
                .param("point", arrivalPoint).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new SearchEntry(rs.getObject(1, UUID.class), List.of(rs.getString(2).split(" ")), rs.getString(3),
                        rs.getString(4), CheckIn.valueOf(rs.getString(5))))
                .list();
    }

    /** Those at the point in [from, to] the desk is still waiting for (expected or absent), by family then name. */
    public List<ReceptionCase> awaited(String arrivalPoint, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT * FROM reception_case
                        WHERE member_state = :member AND arrival_point = :point AND arrived_on >= :from AND arrived_on <= :to
                          AND check_in IN ('EXPECTED', 'ABSENT')
                        ORDER BY family_unit_id NULLS LAST, search_key, case_number FETCH FIRST :limit ROWS ONLY""")
                .param("point", arrivalPoint).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query(CaseRecords::receptionCase).list();
    }

    /** These cases, in the order of the ids given. */
    public List<ReceptionCase> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ReceptionCase> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM reception_case WHERE id IN (:ids) AND member_state = :member").param("ids", ids)
                .query(CaseRecords::receptionCase).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Cases anywhere in the member whose document number, folded, is this one. */
    public List<ReceptionCase> withDocument(String typed) {
        String key = documentKey(typed);
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM reception_case WHERE member_state = :member AND document_key = :key ORDER BY arrived_on DESC")
                .param("key", key).query(CaseRecords::receptionCase).list();
    }

    /** Sets the check-in state if the case is still at the version the officer saw; false when someone else changed it. */
    public boolean markCheckIn(UUID id, CheckIn state, Instant at, int version) {
        return jdbc.sql("""
                        UPDATE reception_case SET check_in = :state, checked_in_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND member_state = :member""")
                .param("state", state.name()).param("at", state == CheckIn.PRESENT ? Timestamp.from(at) : null).param("id", id)
                .param("version", version).update() == 1;
    }

    /** Cases per check-in state, for each of these flights. */
    public Map<UUID, Map<CheckIn, Integer>> checkInCounts(Collection<UUID> flightIds) {
        Map<UUID, Map<CheckIn, Integer>> counts = new HashMap<>();
        if (flightIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT flight_id, check_in, COUNT(*) AS n FROM reception_case
                        WHERE flight_id IN (:flights) AND member_state = :member GROUP BY flight_id, check_in""")
                .param("flights", flightIds).query((RowCallbackHandler) rs -> counts
                        .computeIfAbsent(rs.getObject("flight_id", UUID.class), id -> new java.util.EnumMap<>(CheckIn.class))
                        .put(CheckIn.valueOf(rs.getString("check_in")), rs.getInt("n")));
        return counts;
    }

    /**
     * The names folded for the desk's search; a name in another script is also kept as it sounds in
     * Latin letters, since that is how an officer types it.
     */
    public static String searchKey(String lastNames, String firstNames) {
        String key = Folding.key(lastNames, firstNames);
        if (LatinLetters.hasOtherScript(key)) {
            key = key + " " + Folding.key(LatinLetters.of(lastNames), LatinLetters.of(firstNames));
        }
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    public static String documentKey(String documentNumber) {
        String key = Folding.compact(documentNumber);
        return key.isEmpty() ? null : key.length() > 40 ? key.substring(0, 40) : key;
    }

    static ReceptionCase receptionCase(ResultSet rs, int row) throws SQLException {
        Date born = rs.getDate("date_of_birth");
        OffsetDateTime checkedIn = rs.getObject("checked_in_at", OffsetDateTime.class);
        return new ReceptionCase(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("member_state"), rs.getLong("case_number"),
                ArrivalKind.valueOf(rs.getString("arrival_kind")), rs.getObject("flight_id", UUID.class), rs.getString("passenger_id"),
                rs.getString("arrival_point"), rs.getDate("arrived_on").toLocalDate(), rs.getString("last_names"),
                rs.getString("first_names"), born == null ? null : born.toLocalDate(), rs.getString("sex"), rs.getString("nationality"),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("family_unit_id"),
                rs.getBoolean("juvenile"), rs.getBoolean("unaccompanied"), rs.getString("medical_notes"),
                CheckIn.valueOf(rs.getString("check_in")), checkedIn == null ? null : checkedIn.toInstant(), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
