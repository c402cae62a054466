package org.acogida.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.access.UserAccount;
import org.acogida.platform.actor.Role;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The users of the current member state, as its administrators manage them. */
@Repository
public class UserStore {

    private final ScopedJdbc jdbc;

    UserStore(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserAccount> ofMember() {
        return jdbc.sql("SELECT * FROM app_user WHERE member_state = :member ORDER BY role, username")
                .query(UserStore::account).list();
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id AND member_state = :member")
                .param("id", id).query(UserStore::account).optional();
    }

    public void insert(UUID id, String username, String displayName, String passwordHash, Role role, String language, Instant now) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role, member_state, enabled,
                                              failed_sign_ins, locked_until, session_generation, language, version, created_at, updated_at)
                        VALUES (:id, :username, :displayName, :hash, :role, :member, TRUE, 0, NULL, 0, :language, 0, :now, :now)""")
                .param("id", id).param("username", username).param("displayName", displayName).param("hash", passwordHash)
                .param("role", role.name()).param("language", language).param("now", Timestamp.from(now)).update();
    }

    /**
     * Saves an administrator's changes if nobody saved the user since {@code version}. Disabling
     * a user or changing their role raises their session generation, which ends their sessions.
     */
    public boolean update(UUID id, int version, String displayName, Role role, String language, boolean enabled, Instant now) {
        return jdbc.sql("""
                        UPDATE app_user
                        SET display_name = :displayName, role = :role, language = :language, enabled = :enabled,
                            session_generation = session_generation
                                + CASE WHEN role <> :role OR enabled <> :enabled THEN 1 ELSE 0 END,
                            failed_sign_ins = CASE WHEN :enabled AND NOT enabled THEN 0 ELSE failed_sign_ins END,
                            version = version + 1, updated_at = :now
                        WHERE id = :id AND member_state = :member AND version = :version""")
                .param("id", id).param("version", version).param("displayName", displayName).param("role", role.name())
                .param("language", language).param("enabled", enabled).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Sets a new password hash, lifts a lockout and ends the user's other sessions. */
    public boolean setPassword(UUID id, String passwordHash, Instant now) {
        return jdbc.sql("""
                        UPDATE app_user
                        SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL,
                            session_generation = session_generation + 1, version = version + 1, updated_at = :now
                        WHERE id = :id AND member_state = :member""")
                .param("id", id).param("hash", passwordHash).param("now", Timestamp.from(now)).update() == 1;
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("member_state"), rs.getBoolean("enabled"),
                rs.getString("language"), locked == null ? null : locked.toInstant(), rs.getInt("version"));
    }
}
