package org.acogida.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.MemberScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL, at the start of every transaction, whose rows it may show: the row-level
 * security policies read these settings. They are transaction-local ({@code set_config(..., true)}),
 * so a pooled connection never carries one user's scope into another's work, and a statement run
 * outside a transaction sees no member rows at all.
 */
public class ScopedTransactionManager extends JdbcTransactionManager {

    private static final String SET_SCOPE =
            "select set_config('acogida.member', ?, true), set_config('acogida.scope', ?, true), set_config('acogida.user', ?, true)";

    private volatile Boolean postgres;

    public ScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (!isPostgres(connection)) {
            return;
        }
        MemberScope scope = Actors.scope();
        String member = scope instanceof MemberScope.OfMember(String memberState) ? memberState : "";
        String kind = switch (scope) {
            case MemberScope.OfMember ignored -> "member";
            case MemberScope.Secretariat ignored -> "secretariat";
            case MemberScope.SystemTask ignored -> "system";
            case MemberScope.Nobody ignored -> "nobody";
        };
        String user = Actors.current().map(Actor::userId).map(Object::toString).orElse("");
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            statement.setString(1, member);
            statement.setString(2, kind);
            statement.setString(3, user);
            statement.execute();
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            postgres = known;
        }
        return known;
    }
}
