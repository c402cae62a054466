package org.acogida.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A user's own row, which they may read and in which they may change their password and language,
 * and nothing else: not their role, member state or whether they are enabled. The id always comes
 * from the session, never from the request.
 */
@Repository
@CrossMemberAccess("A user's own account, by the signed-in user's id; coalition analysts have no member state.")
public class OwnAccountStore {

    private final JdbcClient jdbc;

    OwnAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SignInRecord> self() {
        UUID self = Actors.require().userId();
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", self).query(SignInStore::record).optional();
    }

    /** Sets a new hash and raises the session generation, ending the user's other sessions. */
    public int changePassword(String passwordHash, Instant now) {
        UUID self = Actors.require().userId();
        jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, session_generation = session_generation + 1,
                               version = version + 1, updated_at = :now
                        WHERE id = :id""")
                .param("hash", passwordHash).param("now", Timestamp.from(now)).param("id", self).update();
        return jdbc.sql("SELECT session_generation FROM app_user WHERE id = :id").param("id", self).query(Integer.class).single();
    }

    public void changeLanguage(String language, Instant now) {
        UUID self = Actors.require().userId();
        jdbc.sql("UPDATE app_user SET language = :language, version = version + 1, updated_at = :now WHERE id = :id")
                .param("language", language).param("now", Timestamp.from(now)).param("id", self).update();
    }
}
