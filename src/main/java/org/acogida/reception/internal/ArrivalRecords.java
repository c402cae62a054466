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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Identity;
import org.acogida.cases.names.SearchKeys;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.reception.Arrival;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.CheckIn;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** How the current member's cases arrived, and where each stands at the desk. */
@Repository
public class ArrivalRecords {

    private final ScopedJdbc jdbc;

    ArrivalRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the arrivals of cases just opened, in one batch, each with the desk's copy of the identity's folded names and document. */
    public void insertAll(List<Arrival> arrivals, Map<UUID, Identity> identities) {
        List<Map<String, Object>> rows = new ArrayList<>(arrivals.size());
        for (Arrival a : arrivals) {
            Map<String, Object> row = new HashMap<>();
            row.put("case", a.caseId());
            row.put("kind", a.kind().name());
            row.put("flight", a.flightId());
            row.put("passengerId", a.passengerId());
            row.put("point", a.arrivalPoint());
            row.put("arrivedOn", Date.valueOf(a.arrivedOn()));
            row.put("familyUnit", a.familyUnitId());
            row.put("medical", a.medicalNotes());
            row.put("checkIn", a.checkIn().name());
            row.put("checkedInAt", a.checkedInAt() == null ? null : Timestamp.from(a.checkedInAt()));
            Identity person = identities.get(a.caseId());
            row.put("searchKey", SearchKeys.names(person.lastNames(), person.firstNames(), null));
            row.put("documentKey", SearchKeys.document(person.documentNumber()));
            rows.add(row);
        }
        jdbc.batch("""
                INSERT INTO arrival (case_id, member_state, arrival_kind, flight_id, passenger_id, arrival_point, arrived_on, family_unit_id,
                                     medical_notes, check_in, checked_in_at, search_key, document_key)
                VALUES (:case, :member, :kind, :flight, :passengerId, :point, :arrivedOn, :familyUnit, :medical, :checkIn, :checkedInAt,
                        :searchKey, :documentKey)""", rows);
    }

    /** Replaces the desk's copy of a case's folded names and document, after its identity was corrected. */
    public void replaceSearchKey(UUID caseId, String searchKey, String documentKey) {
        jdbc.sql("UPDATE arrival SET search_key = :key, document_key = :document WHERE case_id = :id AND member_state = :member")
                .param("key", searchKey).param("document", documentKey).param("id", caseId).update();
    }

    public Optional<Arrival> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM arrival WHERE case_id = :id AND member_state = :member").param("id", caseId)
                .query(ArrivalRecords::arrival).optional();
    }

    public Map<UUID, Arrival> of(Collection<UUID> caseIds) {
        Map<UUID, Arrival> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM arrival WHERE case_id IN (:ids) AND member_state = :member").param("ids", caseIds)
                .query(ArrivalRecords::arrival).list().forEach(a -> found.put(a.caseId(), a));
        return found;
    }

    /** The cases a flight's landing opened. */
    public List<UUID> ofFlight(UUID flightId) {
        return jdbc.sql("SELECT case_id FROM arrival WHERE flight_id = :flight AND member_state = :member")
                .param("flight", flightId).query(UUID.class).list();
    }

    /** What the desk compares with what an officer typed, for one case: its folded names and document, and how it arrived. */
    public record SearchEntry(UUID caseId, List<String> nameWords, String documentKey, String passengerId, CheckIn checkIn) {}

    /** The search entries of the cases that arrived at the point in [from, to]: the people the desk may be calling. */
    public List<SearchEntry> searchEntries(String arrivalPoint, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT case_id, search_key, document_key, passenger_id, check_in FROM arrival
                        WHERE member_state = :member AND arrival_point = :point AND arrived_on >= :from AND arrived_on <= :to""")
                .param("point", arrivalPoint).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new SearchEntry(rs.getObject(1, UUID.class), List.of(rs.getString(2).split(" ")), rs.getString(3),
                        rs.getString(4), CheckIn.valueOf(rs.getString(5))))
                .list();
    }

    /**
     * Those at the point in [from, to] the desk is still waiting for (expected or absent), by family
     * unit, then name, then case number (the cases module's, from {@code case_search_key}).
     */
    public List<UUID> awaited(String arrivalPoint, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT a.case_id FROM arrival a JOIN case_search_key k ON k.case_id = a.case_id AND k.member_state = a.member_state
                        WHERE a.member_state = :member AND a.arrival_point = :point AND a.arrived_on >= :from AND a.arrived_on <= :to
                          AND a.check_in IN ('EXPECTED', 'ABSENT')
                        ORDER BY a.family_unit_id NULLS LAST, a.search_key, k.case_number FETCH FIRST :limit ROWS ONLY""")
                .param("point", arrivalPoint).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** Sets the check-in state; the caller moved the case's version on in the same transaction. */
    public void markCheckIn(UUID caseId, CheckIn state, Instant at) {
        jdbc.sql("UPDATE arrival SET check_in = :state, checked_in_at = :at WHERE case_id = :id AND member_state = :member")
                .param("state", state.name()).param("at", state == CheckIn.PRESENT ? Timestamp.from(at) : null).param("id", caseId).update();
    }

    /** Cases per check-in state, for each of these flights. */
    public Map<UUID, Map<CheckIn, Integer>> checkInCounts(Collection<UUID> flightIds) {
        Map<UUID, Map<CheckIn, Integer>> counts = new HashMap<>();
        if (flightIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT flight_id, check_in, COUNT(*) AS n FROM arrival
                        WHERE flight_id IN (:flights) AND member_state = :member GROUP BY flight_id, check_in""")
                .param("flights", flightIds).query((RowCallbackHandler) rs -> counts
                        .computeIfAbsent(rs.getObject("flight_id", UUID.class), id -> new EnumMap<>(CheckIn.class))
                        .put(CheckIn.valueOf(rs.getString("check_in")), rs.getInt("n")));
        return counts;
    }

    static Arrival arrival(ResultSet rs, int row) throws SQLException {
        OffsetDateTime checkedIn = rs.getObject("checked_in_at", OffsetDateTime.class);
        return new Arrival(rs.getObject("case_id", UUID.class), ArrivalKind.valueOf(rs.getString("arrival_kind")),
                rs.getObject("flight_id", UUID.class), rs.getString("passenger_id"), rs.getString("arrival_point"),
                rs.getDate("arrived_on").toLocalDate(), rs.getString("family_unit_id"), rs.getString("medical_notes"),
                CheckIn.valueOf(rs.getString("check_in")), checkedIn == null ? null : checkedIn.toInstant());
    }
}
