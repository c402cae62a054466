package org.acogida.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.coalition.Locality;
import org.acogida.platform.actor.Actors;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** An audit entry exists exactly when its change was committed, and holds ids, never the data itself. */
@PostgresTest
class AuditInTransactionTest {

    @Autowired
    Localities localities;
    @Autowired
    Countries countries;
    @Autowired
    Users users;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    TwoMembers members;

    @BeforeEach
    void members() {
        members = TwoMembers.create(countries, localities, users, "DOM", "CRI");
    }

    @Test
    void aCreatedLocalityIsAuditedWithItsIdAndNotItsName() {
        Locality created = Actors.onBehalfOf("DOM", "test", () -> localities.create(
                new Localities.Details("Sitio " + members.canary, Locality.Kind.SITE, "Haina", 40)));
        Map<String, Object> entry = entryFor(created.id());
        assertThat(entry).containsEntry("action", "CREATE").containsEntry("record_type", "locality")
                .containsEntry("record_member", "DOM").containsEntry("actor_member", "DOM");
        assertThat(entry.values()).noneMatch(value -> String.valueOf(value).contains(members.canary));
    }

    @Test
    void whenTheChangeRollsBackItsAuditEntryRollsBackWithIt() {
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> Actors.onBehalfOf("DOM", "test", () -> transactions.executeWithoutResult(status -> {
            id[0] = localities.create(new Localities.Details("Rolled back " + members.canary, Locality.Kind.SITE, "Haina", 40)).id();
            throw new IllegalStateException("crash after the change, before the commit");
        }))).hasMessageContaining("crash");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE record_id = :id", id[0])).isZero();
        assertThat(count("SELECT count(*) FROM locality WHERE id = :id", id[0])).isZero();
    }

    @Test
    void auditingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditAction.READ, "locality", UUID.randomUUID(), "DOM"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private Map<String, Object> entryFor(UUID id) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql("SELECT * FROM audit_entry WHERE record_id = :id")
                .param("id", id.toString()).query().singleRow()));
    }

    private long count(String sql, UUID id) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(sql)
                .param("id", sql.contains("record_id") ? (Object) id.toString() : id).query(Long.class).single()));
    }
}
