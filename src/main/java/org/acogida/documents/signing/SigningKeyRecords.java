package org.acogida.documents.signing;

import java.sql.Timestamp;
import java.time.Clock;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The current member's registered public signing keys. */
@Repository
class SigningKeyRecords {

    private final ScopedJdbc jdbc;
    private final Clock clock;

    SigningKeyRecords(ScopedJdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void registerIfAbsent(String keyId, String publicKey) {
        jdbc.sql("""
                        INSERT INTO signing_key (key_id, member_state, algorithm, public_key, created_at)
                        SELECT :id, :member, 'Ed25519', :key, :at WHERE NOT EXISTS (SELECT 1 FROM signing_key WHERE key_id = :id)""")
                .param("id", keyId).param("key", publicKey).param("at", Timestamp.from(clock.instant())).update();
    }
}
