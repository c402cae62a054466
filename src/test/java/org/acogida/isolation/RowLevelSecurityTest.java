package org.acogida.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.WalkIn;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second lock alone: connected as the application's role with plain SQL, as a query that
 * forgot its member restriction would run, PostgreSQL still shows and changes only the rows of
 * the member set for the transaction.
 */
@PostgresTest
class RowLevelSecurityTest {

    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    Arrivals arrivals;

    TwoMembers members;

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.create(countries, localities, users, "SLV", "PAN");
    }

    @Test
    void aQueryWithoutMemberRestrictionSeesOnlyTheScopedMember() throws SQLException {
        try (Connection app = inTransactionAs(members.own)) {
            assertThat(count(app, "SELECT count(*) FROM locality WHERE id = ?", members.otherLocality.id())).isZero();
            assertThat(count(app, "SELECT count(*) FROM locality WHERE id = ?", members.ownLocality.id())).isEqualTo(1);
            assertThat(count(app, "SELECT count(*) FROM app_user WHERE member_state = ?", members.other)).isZero();
            app.rollback();
        }
    }

    @Test
    void updatesAndDeletesOfAnotherMembersRowsChangeNothing() throws SQLException {
        try (Connection app = inTransactionAs(members.own)) {
            assertThat(update(app, "UPDATE locality SET capacity_persons = 0 WHERE id = ?", members.otherLocality.id())).isZero();
            assertThat(update(app, "DELETE FROM app_user WHERE member_state = ?", members.other)).isZero();
            app.rollback();
        }
    }

    /** The view other modules read cases' search keys through runs with the reader's row-level security, not its owner's. */
    @Test
    void theCasesSearchKeyViewShowsOnlyTheScopedMembersCases() throws SQLException {
        Actor officer = members.otherUsers.get(Role.RECEPTION_OFFICER).actor();
        Arrivals.WalkInResult walkIn = Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn("PTY", ArrivalKind.WALK_IN,
                "Vista " + members.canary, "Ana", null, "F", "COL", "", "", false)));
        UUID caseId = ((Arrivals.WalkInResult.Registered) walkIn).caseId();
        try (Connection app = inTransactionAs(members.own)) {
            assertThat(count(app, "SELECT count(*) FROM case_search_key WHERE case_id = ?", caseId)).isZero();
            app.rollback();
        }
        try (Connection app = inTransactionAs(members.other)) {
            assertThat(count(app, "SELECT count(*) FROM case_search_key WHERE case_id = ?", caseId)).isEqualTo(1);
            app.rollback();
        }
    }

    @Test
    void aRowCannotBeWrittenIntoAnotherMember() throws SQLException {
        try (Connection app = inTransactionAs(members.own)) {
            assertThatThrownBy(() -> update(app, """
                    INSERT INTO locality (id, member_state, name, kind, admin_area, capacity_persons, version, created_at, updated_at)
                    VALUES (?, '%s', 'Planted', 'SITE', 'X', 1, 0, now(), now())""".formatted(members.other), UUID.randomUUID()))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void withoutAScopeNothingIsVisible() throws SQLException {
        try (Connection app = PostgresDatabase.appConnection()) {
            assertThat(count(app, "SELECT count(*) FROM locality WHERE id = ?", members.ownLocality.id())).isZero();
        }
    }

    @Test
    void theApplicationRoleCannotRewriteTheAuditTrail() throws SQLException {
        try (Connection app = inTransactionAs(members.own)) {
            assertThatThrownBy(() -> app.createStatement().executeUpdate("UPDATE audit_entry SET action = 'READ'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
        try (Connection app = inTransactionAs(members.own)) {
            assertThatThrownBy(() -> app.createStatement().executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    private static Connection inTransactionAs(String member) throws SQLException {
        Connection connection = PostgresDatabase.appConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement scope = connection.prepareStatement(
                "SELECT set_config('acogida.member', ?, true), set_config('acogida.scope', 'member', true)")) {
            scope.setString(1, member);
            scope.execute();
        }
        return connection;
    }

    private static long count(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int update(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }
}
