package org.acogida.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Identity;
import org.acogida.cases.names.SearchKeys;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The current member's cases: the person as given on each, and the case's number, status, family and version. */
@Repository
public class CaseRecords {

    private final ScopedJdbc jdbc;

    CaseRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new cases in one batch; their numbers are given by the database. A case is opened for the member acting. */
    public void insertAll(List<Case> cases) {
        List<Map<String, Object>> rows = new ArrayList<>(cases.size());
        String member = jdbc.member();
        for (Case c : cases) {
            if (!c.memberState().equals(member)) {
                throw new IllegalArgumentException("Case " + c.id() + " is of " + c.memberState() + ", not of the member acting (" + member + ")");
            }
            Identity person = c.identity();
            Map<String, Object> row = new HashMap<>();
            row.put("id", c.id());
            row.put("person", c.personId());
            row.put("openedOn", Date.valueOf(c.openedOn()));
            row.put("lastNames", person.lastNames());
            row.put("firstNames", person.firstNames());
            row.put("born", person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()));
            row.put("sex", person.sex());
            row.put("nationality", person.nationality());
            row.put("documentType", person.documentType());
            row.put("documentNumber", person.documentNumber());
            row.put("minor", c.minor());
            row.put("unaccompanied", c.unaccompanied());
            row.put("family", c.familyId());
            row.put("status", c.status().name());
            row.put("searchKey", SearchKeys.names(person.lastNames(), person.firstNames(), null));
            row.put("documentKey", SearchKeys.document(person.documentNumber()));
            row.put("now", Timestamp.from(c.createdAt()));
            rows.add(row);
        }
        jdbc.batch("""
                INSERT INTO person_case (id, person_id, member_state, opened_on, last_names, first_names, date_of_birth, sex, nationality,
                                         document_type, document_number, minor, unaccompanied, family_id, status, search_key, document_key,
                                         version, created_at)
                VALUES (:id, :person, :member, :openedOn, :lastNames, :firstNames, :born, :sex, :nationality, :documentType, :documentNumber,
                        :minor, :unaccompanied, :family, :status, :searchKey, :documentKey, 0, :now)""", rows);
    }

    public Optional<Case> find(UUID id) {
        return jdbc.sql("SELECT * FROM person_case WHERE id = :id AND member_state = :member").param("id", id)
                .query(CaseRecords::personCase).optional();
    }

    /** These cases, in the order of the ids given; ids of cases the member does not hold are left out. */
    public List<Case> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Case> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM person_case WHERE id IN (:ids) AND member_state = :member").param("ids", ids)
                .query(CaseRecords::personCase).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The others of a family that travelled together, youngest last. */
    public List<Case> family(UUID familyId, UUID except) {
        return jdbc.sql("""
                        SELECT * FROM person_case WHERE family_id = :family AND id <> :except AND member_state = :member
                        ORDER BY date_of_birth, case_number""")
                .param("family", familyId).param("except", except).query(CaseRecords::personCase).list();
    }

    /** Cases anywhere in the member whose document number, folded, is this one, the latest first. */
    public List<Case> withDocument(String typed) {
        String key = SearchKeys.document(typed);
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM person_case WHERE member_state = :member AND document_key = :key ORDER BY opened_on DESC, case_number DESC")
                .param("key", key).query(CaseRecords::personCase).list();
    }

    public List<UUID> casesOfPerson(UUID personId) {
        return jdbc.sql("SELECT id FROM person_case WHERE person_id = :person AND member_state = :member ORDER BY case_number")
                .param("person", personId).query(UUID.class).list();
    }

    /** Sets the status if the case is still at the version the officer saw, and moves the version on; false when someone else changed it. */
    public boolean changeStatus(UUID id, CaseStatus status, int version) {
        return jdbc.sql("""
                        UPDATE person_case SET status = :status, version = version + 1
                        WHERE id = :id AND version = :version AND status <> 'TRANSFERRED' AND member_state = :member""")
                .param("status", status.name()).param("id", id).param("version", version).update() == 1;
    }

    /**
     * Writes the identity onto the case if it is still at the version the officer saw, moving the
     * version on; false when someone else changed it. {@code namesInScript} join the searched names.
     */
    public boolean updateIdentity(UUID id, int version, Identity person, String namesInScript) {
        return jdbc.sql("""
                        UPDATE person_case SET last_names = :lastNames, first_names = :firstNames, date_of_birth = :born, sex = :sex,
                               nationality = :nationality, document_type = :documentType, document_number = :documentNumber,
                               search_key = :searchKey, document_key = :documentKey, version = version + 1
                        WHERE id = :id AND version = :version AND status <> 'TRANSFERRED' AND member_state = :member""")
                .param("lastNames", person.lastNames()).param("firstNames", person.firstNames())
                .param("born", person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth())).param("sex", person.sex())
                .param("nationality", person.nationality()).param("documentType", person.documentType())
                .param("documentNumber", person.documentNumber())
                .param("searchKey", SearchKeys.names(person.lastNames(), person.firstNames(), namesInScript))
                .param("documentKey", SearchKeys.document(person.documentNumber()))
                .param("id", id).param("version", version).update() == 1;
    }

    /** The cases are handed over: each becomes a read-only record; false if one of them was handed over already (it is left as it was). */
    public boolean markTransferred(java.util.Collection<UUID> ids) {
        return jdbc.sql("""
                        UPDATE person_case SET status = 'TRANSFERRED', version = version + 1
                        WHERE id IN (:ids) AND status <> 'TRANSFERRED' AND member_state = :member""")
                .param("ids", List.copyOf(ids)).update() == ids.size();
    }

    /** Every case of one person joins another person; returns the cases that moved. */
    public List<UUID> joinPerson(UUID fromPerson, UUID toPerson) {
        List<UUID> moved = casesOfPerson(fromPerson);
        jdbc.sql("UPDATE person_case SET person_id = :to, version = version + 1 WHERE person_id = :from AND member_state = :member")
                .param("to", toPerson).param("from", fromPerson).update();
        return moved;
    }

    static Case personCase(ResultSet rs, int row) throws SQLException {
        Date born = rs.getDate("date_of_birth");
        Identity person = new Identity(rs.getString("last_names"), rs.getString("first_names"), born == null ? null : born.toLocalDate(),
                rs.getString("sex"), rs.getString("nationality"), rs.getString("document_type"), rs.getString("document_number"));
        return new Case(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("member_state"),
                rs.getLong("case_number"), rs.getDate("opened_on").toLocalDate(), person, rs.getBoolean("minor"),
                rs.getBoolean("unaccompanied"), rs.getObject("family_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
