package org.acogida.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.DuplicateReview;
import org.acogida.cases.duplicates.DuplicateScore;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** Possible duplicates among the current member's cases, and the decisions taken on them. */
@Repository
public class DuplicateRecords {

    private final ScopedJdbc jdbc;

    DuplicateRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The member's cases, other than these, that share a document number or a date of birth with
     * them: the only ones that can score as duplicates (DuplicateScore needs one or the other).
     */
    public List<DuplicateScore.Person> candidates(Collection<UUID> except, Collection<String> documentKeys, Collection<LocalDate> born) {
        // Two index lookups rather than one OR: PostgreSQL reads each index for its own list instead of scanning the table.
        Map<UUID, DuplicateScore.Person> found = new java.util.LinkedHashMap<>();
        if (!documentKeys.isEmpty()) {
            jdbc.sql(CANDIDATES + " AND document_key IN (:keys)").param("keys", List.copyOf(documentKeys)).query(DuplicateRecords::person).list()
                    .forEach(p -> found.put(p.caseId(), p));
        }
        if (!born.isEmpty()) {
            jdbc.sql(CANDIDATES + " AND date_of_birth IN (:born)").param("born", born.stream().map(Date::valueOf).toList())
                    .query(DuplicateRecords::person).list().forEach(p -> found.put(p.caseId(), p));
        }
        except.forEach(found::remove);
        return List.copyOf(found.values());
    }

    /** The member's cases whose folded names contain this folded word (tracing someone whose date of birth may not be known). */
    public List<DuplicateScore.Person> named(String word, int limit) {
        return jdbc.sql(CANDIDATES + " AND search_key LIKE :pattern FETCH FIRST :limit ROWS ONLY").param("pattern", "%" + word + "%")
                .param("limit", limit).query(DuplicateRecords::person).list();
    }

    private static final String CANDIDATES = """
            SELECT id, person_id, search_key, document_key, date_of_birth, nationality, sex FROM person_case
            WHERE member_state = :member""";

    private static DuplicateScore.Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Date date = rs.getDate("date_of_birth");
        return new DuplicateScore.Person(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                Arrays.asList(rs.getString("search_key").split(" ")), rs.getString("document_key"), date == null ? null : date.toLocalDate(),
                rs.getString("nationality"), rs.getString("sex"));
    }

    /** Proposes the pair unless it was proposed before, either way round; true when it is new. */
    public boolean proposeIfNew(UUID caseId, UUID earlierId, DuplicateScore.Match match, Instant at) {
        return jdbc.sql("""
                        INSERT INTO duplicate_review (id, member_state, case_id, earlier_id, score, matched, status, proposed_at)
                        SELECT :id, :member, :case, :earlier, :score, :matched, 'PENDING', :at
                        WHERE NOT EXISTS (SELECT 1 FROM duplicate_review
                                          WHERE (case_id = :case AND earlier_id = :earlier) OR (case_id = :earlier AND earlier_id = :case))""")
                .param("id", UUID.randomUUID()).param("case", caseId).param("earlier", earlierId).param("score", match.score())
                .param("matched", String.join(",", match.matched())).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Whether this case was already put to an officer against any case of that person, either way round. */
    public boolean personAsked(UUID caseId, UUID personId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM duplicate_review r JOIN person_case other
                          ON other.id = CASE WHEN r.case_id = :case THEN r.earlier_id ELSE r.case_id END
                        WHERE (r.case_id = :case OR r.earlier_id = :case) AND other.person_id = :person AND r.member_state = :member""")
                .param("case", caseId).param("person", personId).query(Integer.class).single() > 0;
    }

    public List<DuplicateReview> pending(int limit) {
        return jdbc.sql("SELECT * FROM duplicate_review WHERE member_state = :member AND status = 'PENDING' ORDER BY score DESC, proposed_at FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query(DuplicateRecords::review).list();
    }

    public int pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM duplicate_review WHERE member_state = :member AND status = 'PENDING'").query(Integer.class).single();
    }

    public List<DuplicateReview> ofCases(Collection<UUID> caseIds) {
        return jdbc.sql("""
                        SELECT * FROM duplicate_review WHERE member_state = :member AND (case_id IN (:cases) OR earlier_id IN (:cases))
                        ORDER BY proposed_at""")
                .param("cases", caseIds).query(DuplicateRecords::review).list();
    }

    public Optional<DuplicateReview> find(UUID id) {
        return jdbc.sql("SELECT * FROM duplicate_review WHERE id = :id AND member_state = :member").param("id", id)
                .query(DuplicateRecords::review).optional();
    }

    /** Records the decision on a pending pair; false when someone decided it first. */
    public boolean decide(UUID id, DuplicateReview.Status status, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE duplicate_review SET status = :status, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'PENDING' AND member_state = :member""")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static DuplicateReview review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new DuplicateReview(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("earlier_id", UUID.class),
                rs.getInt("score"), List.of(rs.getString("matched").split(",")), DuplicateReview.Status.valueOf(rs.getString("status")),
                rs.getObject("proposed_at", OffsetDateTime.class).toInstant(), rs.getObject("decided_by", UUID.class),
                decided == null ? null : decided.toInstant());
    }
}
