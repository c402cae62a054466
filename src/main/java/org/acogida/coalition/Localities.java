package org.acogida.coalition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.platform.errors.EditConflict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The localities of the current user's member state: listed, created, and their capacity kept up to date. */
@Component
public class Localities {

    private final ScopedJdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Localities(ScopedJdbc jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Details(String name, Locality.Kind kind, String adminArea, int capacityPersons) {}

    @Transactional(readOnly = true)
    public List<Locality> ofMember() {
        return jdbc.sql("SELECT * FROM locality WHERE member_state = :member ORDER BY admin_area, name")
                .query(Localities::locality).list();
    }

    @Transactional(readOnly = true)
    public Locality get(UUID id) {
        return jdbc.sql("SELECT * FROM locality WHERE id = :id AND member_state = :member")
                .param("id", id).query(Localities::locality).optional()
                .orElseThrow(() -> LocalityNotFound.forId(id));
    }

    @Transactional
    public Locality create(Details details) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO locality (id, member_state, name, kind, admin_area, capacity_persons, version, created_at, updated_at)
                        VALUES (:id, :member, :name, :kind, :adminArea, :capacity, 0, :now, :now)""")
                .param("id", id).param("name", details.name().strip()).param("kind", details.kind().name())
                .param("adminArea", details.adminArea().strip()).param("capacity", details.capacityPersons())
                .param("now", now).update();
        audit.record(AuditAction.CREATE, "locality", id, jdbc.member());
        return get(id);
    }

    /**
     * Saves new details if nobody saved the locality since {@code expectedVersion} was read;
     * otherwise refuses with {@link EditConflict}, so that no one's update is silently lost.
     */
    @Transactional
    public Locality update(UUID id, int expectedVersion, Details details) {
        Locality current = get(id);
        int updated = jdbc.sql("""
                        UPDATE locality SET name = :name, kind = :kind, admin_area = :adminArea, capacity_persons = :capacity,
                               version = version + 1, updated_at = :now
                        WHERE id = :id AND member_state = :member AND version = :version""")
                .param("id", id).param("version", expectedVersion).param("name", details.name().strip())
                .param("kind", details.kind().name()).param("adminArea", details.adminArea().strip())
                .param("capacity", details.capacityPersons()).param("now", Timestamp.from(clock.instant()))
                .update();
        if (updated == 0) {
            throw new EditConflict("locality", id);
        }
        audit.record(AuditAction.UPDATE, "locality", id, current.memberState());
        return get(id);
    }

    @Transactional(readOnly = true)
    public boolean nameTaken(String adminArea, String name, UUID except) {
        return jdbc.sql("""
                        SELECT count(*) FROM locality
                        WHERE member_state = :member AND lower(admin_area) = lower(:adminArea) AND lower(name) = lower(:name)
                          AND (CAST(:except AS UUID) IS NULL OR id <> :except)""")
                .param("adminArea", adminArea.strip()).param("name", name.strip()).param("except", except)
                .query(Long.class).single() > 0;
    }

    static Locality locality(ResultSet rs, int row) throws SQLException {
        return new Locality(rs.getObject("id", UUID.class), rs.getString("member_state"), rs.getString("name"),
                Locality.Kind.valueOf(rs.getString("kind")), rs.getString("admin_area"), rs.getInt("capacity_persons"),
                rs.getInt("version"));
    }
}
