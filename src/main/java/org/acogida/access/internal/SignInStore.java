package org.acogida.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.actor.Role;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user rows as sign-in and session checks need them. Before a password is checked nobody is
 * known, so these queries cannot be scoped to a member state; they run as named system tasks and
 * return nothing to a page.
 */
@Repository
@CrossMemberAccess("Sign-in and session checks: the user is not known, or not yet in a member scope.")
public class SignInStore {

    private final JdbcClient jdbc;

    SignInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SignInRecord> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :username")
                .param("username", username).query(SignInStore::record).optional();
    }

    public Optional<SignInRecord> findById(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query(SignInStore::record).optional();
    }

    /** Usernames are unique across the coalition; the answer says nothing about whose a name is. */
    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    public void recordFailure(UUID id, int failedSignIns, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = :failed, locked_until = :locked WHERE id = :id")
                .param("failed", failedSignIns).param("locked", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", id).update();
    }

    public void recordSuccess(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    /** Inserts a user outside any member scope: only for the server's command line (first administrator, analysts). */
    public void insert(SignInRecord user, Instant now) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role, member_state, enabled,
                                              failed_sign_ins, locked_until, session_generation, language, version, created_at, updated_at)
                        VALUES (:id, :username, :displayName, :hash, :role, :member, TRUE, 0, NULL, 0, :language, 0, :now, :now)""")
                .param("id", user.id()).param("username", user.username()).param("displayName", user.displayName())
                .param("hash", user.passwordHash()).param("role", user.role().name()).param("member", user.memberState())
                .param("language", user.language()).param("now", Timestamp.from(now)).update();
    }

    static SignInRecord record(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new SignInRecord(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("member_state"),
                rs.getBoolean("enabled"), rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(),
                rs.getInt("session_generation"), rs.getString("language"));
    }
}
