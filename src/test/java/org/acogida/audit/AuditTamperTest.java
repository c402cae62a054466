package org.acogida.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.acogida.audit.ChainVerification.Broken;
import org.acogida.audit.ChainVerification.Problem;
import org.acogida.audit.chain.AuditChainStore;
import org.acogida.audit.chain.AuditProperties;
import org.acogida.audit.chain.ChainHasher;
import org.acogida.platform.actor.Actors;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with plain SQL access edits, deletes, inserts or reorders audit entries: the chain
 * walk finds each. Every tampering happens in a transaction on the owner's connection, the walk
 * reads through that same connection, and the transaction is rolled back afterwards.
 */
@PostgresTest
class AuditTamperTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditProperties properties;
    @Autowired
    JdbcClient jdbc;

    long last;

    @BeforeEach
    void someEntries() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            Actors.onBehalfOf("GTM", "tamper test", () -> transactions.executeWithoutResult(s ->
                    audit.record(AuditAction.UPDATE, "locality", "00000000-0000-0000-0000-00000000000" + n, "GTM")));
        }
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
        last = Actors.asSystem("tamper test", () -> transactions.execute(s ->
                jdbc.sql("SELECT last_sequence FROM audit_chain_head").query(Long.class).single()));
    }

    @Test
    void anEditedEntryIsFound() throws SQLException {
        assertThat(tampered(sql -> sql.run("UPDATE audit_entry SET record_id = 'someone-else' WHERE sequence = " + (last - 3))))
                .isEqualTo(new Broken(last - 3, Problem.ALTERED));
    }

    @Test
    void anEditedTimeIsFound() throws SQLException {
        assertThat(tampered(sql -> sql.run("UPDATE audit_entry SET occurred_at = occurred_at - interval '1 day' WHERE sequence = " + (last - 2))))
                .isEqualTo(new Broken(last - 2, Problem.ALTERED));
    }

    @Test
    void aDeletedEntryIsFound() throws SQLException {
        assertThat(tampered(sql -> sql.run("DELETE FROM audit_entry WHERE sequence = " + (last - 2))))
                .isEqualTo(new Broken(last - 2, Problem.MISSING));
    }

    @Test
    void entriesDeletedFromTheEndAreFound() throws SQLException {
        assertThat(tampered(sql -> sql.run("DELETE FROM audit_entry WHERE sequence >= " + (last - 1))))
                .isEqualTo(new Broken(last - 1, Problem.END_MISMATCH));
    }

    @Test
    void anInsertedEntryIsFound() throws SQLException {
        // Make room after entry last-3 by moving the later entries up, then forge one in the gap.
        assertThat(tampered(sql -> {
            sql.run("UPDATE audit_entry SET sequence = sequence + 1000000 WHERE sequence > " + (last - 3));
            sql.run("UPDATE audit_entry SET sequence = sequence - 999999 WHERE sequence > 1000000");
            sql.run("INSERT INTO audit_entry SELECT " + (last - 2) + ", occurred_at, actor_user_id, actor_member, actor_role, 'DELETE', "
                    + "record_type, record_id, record_member, client_address, hash, repeat('ab', 32) FROM audit_entry WHERE sequence = " + (last - 3));
            sql.run("UPDATE audit_chain_head SET last_sequence = last_sequence + 1");
        })).isEqualTo(new Broken(last - 2, Problem.ALTERED));
    }

    @Test
    void anEntryAppendedOutsideAcogidaIsFound() throws SQLException {
        assertThat(tampered(sql -> sql.run("INSERT INTO audit_entry SELECT sequence + 1, occurred_at, actor_user_id, actor_member, actor_role, "
                + "'READ', record_type, record_id, record_member, client_address, hash, hash FROM audit_entry WHERE sequence = " + last)))
                .isEqualTo(new Broken(last + 1, Problem.ALTERED));
    }

    @Test
    void reorderedEntriesAreFound() throws SQLException {
        assertThat(tampered(sql -> {
            sql.run("UPDATE audit_entry SET sequence = -1 WHERE sequence = " + (last - 3));
            sql.run("UPDATE audit_entry SET sequence = " + (last - 3) + " WHERE sequence = " + (last - 2));
            sql.run("UPDATE audit_entry SET sequence = " + (last - 2) + " WHERE sequence = -1");
        })).isEqualTo(new Broken(last - 3, Problem.LINK_BROKEN));
    }

    interface Sql {
        void run(String statement);
    }

    private ChainVerification tampered(Consumer<Sql> tampering) throws SQLException {
        try (Connection owner = PostgresDatabase.ownerConnection()) {
            owner.setAutoCommit(false);
            try {
                tampering.accept(statement -> {
                    try (Statement s = owner.createStatement()) {
                        s.executeUpdate(statement);
                    } catch (SQLException e) {
                        throw new IllegalStateException(statement, e);
                    }
                });
                JdbcClient sameConnection = JdbcClient.create(new SingleConnectionDataSource(owner, true));
                return AuditChainStore.verify(sameConnection, new ChainHasher(properties.key()));
            } finally {
                owner.rollback();
            }
        }
    }
}
