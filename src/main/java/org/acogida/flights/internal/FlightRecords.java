package org.acogida.flights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.Flight;
import org.acogida.flights.FlightNotFound;
import org.acogida.flights.FlightNotice;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The current member's flights. */
@Repository
public class FlightRecords {

    private final ScopedJdbc jdbc;

    FlightRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Flight> find(UUID id) {
        return jdbc.sql("SELECT * FROM flight WHERE id = :id AND member_state = :member").param("id", id)
                .query(FlightRecords::flight).optional();
    }

    /**
     * The flight, locked until the transaction ends: evaluations of one flight (a coordinator's import
     * and the re-evaluation after a vote) take turns, so that one flight never has two current decisions.
     */
    public Optional<Flight> lock(UUID id) {
        return jdbc.sql("SELECT * FROM flight WHERE id = :id AND member_state = :member FOR UPDATE").param("id", id)
                .query(FlightRecords::flight).optional();
    }

    /** The flight, or FlightNotFound: another member's flight is not found either. */
    public Flight require(UUID id) {
        return find(id).orElseThrow(() -> FlightNotFound.forId(id));
    }

    public Optional<Flight> findByMission(String sendingAuthority, String missionNumber) {
        return jdbc.sql("SELECT * FROM flight WHERE sending_authority = :authority AND mission_number = :mission AND member_state = :member")
                .param("authority", sendingAuthority).param("mission", missionNumber).query(FlightRecords::flight).optional();
    }

    public void insert(UUID id, FlightNotice notice, Instant now) {
        jdbc.sql("""
                        INSERT INTO flight (id, member_state, sending_authority, mission_number, scheduled_departure, scheduled_arrival,
                                            pickup_airport, arrival_point, aircraft_kind, restraints_declared, declared_passengers,
                                            notice_received_at, manifest_version, version, created_at)
                        VALUES (:id, :member, :authority, :mission, :departure, :arrival, :pickup, :point, :aircraft, :restraints,
                                :declared, :received, 0, 0, :now)""")
                .param("id", id).param("authority", notice.sendingAuthority()).param("mission", notice.missionNumber())
                .param("departure", Timestamp.from(notice.scheduledDeparture())).param("arrival", Timestamp.from(notice.scheduledArrival()))
                .param("pickup", notice.pickupAirport()).param("point", notice.arrivalPoint()).param("aircraft", notice.aircraftKind().name())
                .param("restraints", notice.restraintsDeclared()).param("declared", notice.declaredPassengers())
                .param("received", Timestamp.from(notice.noticeReceivedAt())).param("now", Timestamp.from(now)).update();
    }

    /** Records the manifest now applied and its counts; the first manifest's receipt time is kept for the deadline rule. */
    public void manifestApplied(UUID id, int manifestVersion, Instant receivedAt, int passengers, int nonNationals) {
        jdbc.sql("""
                        UPDATE flight SET manifest_version = :version, manifest_received_at = COALESCE(manifest_received_at, :received),
                               manifest_passengers = :passengers, manifest_non_nationals = :nonNationals, version = version + 1
                        WHERE id = :id AND member_state = :member""")
                .param("version", manifestVersion).param("received", Timestamp.from(receivedAt)).param("passengers", passengers)
                .param("nonNationals", nonNationals).param("id", id).update();
    }

    /** Flights arriving in [from, to), optionally at one arrival point, earliest first. */
    public List<Flight> arriving(Instant from, Instant to, String arrivalPoint) {
        return jdbc.sql("""
                        SELECT * FROM flight WHERE member_state = :member AND scheduled_arrival >= :from AND scheduled_arrival < :to
                          AND (CAST(:point AS VARCHAR) IS NULL OR arrival_point = :point)
                        ORDER BY scheduled_arrival, mission_number""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("point", arrivalPoint)
                .query(FlightRecords::flight).list();
    }

    /** Persons on the member's other flights to the point in [from, to) that are not refused. */
    public int passengersArriving(UUID except, String arrivalPoint, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(COALESCE(f.manifest_passengers, f.declared_passengers)), 0) FROM flight f
                        WHERE f.member_state = :member AND f.arrival_point = :point AND f.id <> :except
                          AND f.scheduled_arrival >= :from AND f.scheduled_arrival < :to
                          AND NOT f.refused""")
                .param("point", arrivalPoint).param("except", except).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Integer.class).single();
    }

    /** Non-nationals on the member's other flights arriving in [from, to) that are not refused. */
    public int nonNationalsArriving(UUID except, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(COALESCE(f.manifest_non_nationals, 0)), 0) FROM flight f
                        WHERE f.member_state = :member AND f.id <> :except AND f.scheduled_arrival >= :from AND f.scheduled_arrival < :to
                          AND NOT f.refused""")
                .param("except", except).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Integer.class).single();
    }

    /** Ids of the member's flights arriving from a time on: those a policy or protocol change re-evaluates. */
    public List<UUID> upcoming(Instant from) {
        // In one order, so that two re-evaluations of the member's flights lock them in turn rather than each other.
        return jdbc.sql("SELECT id FROM flight WHERE member_state = :member AND scheduled_arrival >= :from ORDER BY id")
                .param("from", Timestamp.from(from)).query(UUID.class).list();
    }

    static Flight flight(ResultSet rs, int row) throws SQLException {
        OffsetDateTime manifestAt = rs.getObject("manifest_received_at", OffsetDateTime.class);
        return new Flight(rs.getObject("id", UUID.class), rs.getString("member_state"), rs.getString("sending_authority"),
                rs.getString("mission_number"), rs.getObject("scheduled_departure", OffsetDateTime.class).toInstant(),
                rs.getObject("scheduled_arrival", OffsetDateTime.class).toInstant(), rs.getString("pickup_airport"),
                rs.getString("arrival_point"), AircraftKind.valueOf(rs.getString("aircraft_kind")), rs.getBoolean("restraints_declared"),
                rs.getInt("declared_passengers"), rs.getObject("notice_received_at", OffsetDateTime.class).toInstant(),
                rs.getInt("manifest_version"), manifestAt == null ? null : manifestAt.toInstant(),
                (Integer) rs.getObject("manifest_passengers"), (Integer) rs.getObject("manifest_non_nationals"), rs.getInt("version"));
    }
}
