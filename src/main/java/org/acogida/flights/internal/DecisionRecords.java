package org.acogida.flights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.flights.Decision;
import org.acogida.flights.Outcome;
import org.acogida.flights.RuleResult;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Evaluations of the current member's flights and coordinators' confirmations. */
@Repository
public class DecisionRecords {

    private static final TypeReference<List<RuleResult>> RESULTS = new TypeReference<>() { };

    private final ScopedJdbc jdbc;
    private final JsonMapper json;

    DecisionRecords(ScopedJdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Decision> current(UUID flightId) {
        return jdbc.sql("SELECT * FROM flight_decision WHERE flight_id = :flight AND current AND member_state = :member")
                .param("flight", flightId).query(this::decision).optional();
    }

    public List<Decision> history(UUID flightId) {
        return jdbc.sql("SELECT * FROM flight_decision WHERE flight_id = :flight AND member_state = :member ORDER BY evaluated_at DESC")
                .param("flight", flightId).query(this::decision).list();
    }

    /** A new evaluation becomes the current one; the one it replaces stays in the history. */
    public UUID insertCurrent(UUID flightId, Outcome outcome, int protocolVersion, int policyVersion, int manifestVersion,
                              List<RuleResult> results, boolean refusedUnderProtocol, Instant now) {
        jdbc.sql("UPDATE flight_decision SET current = FALSE WHERE flight_id = :flight AND current AND member_state = :member")
                .param("flight", flightId).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO flight_decision (id, flight_id, member_state, outcome, protocol_version, policy_version, manifest_version,
                                                     rule_results, refused_under_protocol, evaluated_at, current)
                        VALUES (:id, :flight, :member, :outcome, :protocol, :policy, :manifest, :results, :refused, :now, TRUE)""")
                .param("id", id).param("flight", flightId).param("outcome", outcome.name()).param("protocol", protocolVersion)
                .param("policy", policyVersion).param("manifest", manifestVersion).param("results", json.writeValueAsString(results))
                .param("refused", refusedUnderProtocol).param("now", Timestamp.from(now)).update();
        markRefused(flightId, outcome == Outcome.REFUSE);
        return id;
    }

    /**
     * Records a coordinator's outcome, only if the decision is still the current one and nobody
     * has given theirs yet: of two coordinators deciding at once, the first stands.
     */
    public boolean confirm(UUID decisionId, Outcome outcome, String justification, UUID by, Instant now) {
        boolean recorded = jdbc.sql("""
                        UPDATE flight_decision SET confirmed_outcome = :outcome, justification = :justification, confirmed_by = :by,
                               confirmed_at = :now
                        WHERE id = :id AND current AND confirmed_outcome IS NULL AND member_state = :member""")
                .param("outcome", outcome.name()).param("justification", justification).param("by", by)
                .param("now", Timestamp.from(now)).param("id", decisionId).update() == 1;
        if (recorded) {
            jdbc.sql("""
                            UPDATE flight SET refused = :refused
                            WHERE id = (SELECT flight_id FROM flight_decision WHERE id = :id) AND member_state = :member""")
                    .param("refused", outcome == Outcome.REFUSE).param("id", decisionId).update();
        }
        return recorded;
    }

    /** The flight's own copy of whether its current decision refuses it (see the flight table). */
    private void markRefused(UUID flightId, boolean refused) {
        jdbc.sql("UPDATE flight SET refused = :refused WHERE id = :flight AND member_state = :member")
                .param("refused", refused).param("flight", flightId).update();
    }

    private Decision decision(ResultSet rs, int row) throws SQLException {
        OffsetDateTime confirmedAt = rs.getObject("confirmed_at", OffsetDateTime.class);
        String confirmed = rs.getString("confirmed_outcome");
        return new Decision(rs.getObject("id", UUID.class), rs.getObject("flight_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("protocol_version"), rs.getInt("policy_version"), rs.getInt("manifest_version"),
                json.readValue(rs.getString("rule_results"), RESULTS), rs.getBoolean("refused_under_protocol"),
                rs.getObject("evaluated_at", OffsetDateTime.class).toInstant(), confirmed == null ? null : Outcome.valueOf(confirmed),
                rs.getString("justification"), rs.getObject("confirmed_by", UUID.class), confirmedAt == null ? null : confirmedAt.toInstant());
    }
}
