package org.acogida.flights.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * SQL functions for the embedded H2 database, matching the PostgreSQL ones of the same name
 * (db/migration/postgresql/V4_1). H2 calls them with its own connection.
 */
public final class EmbeddedDatabaseFunctions {

    private EmbeddedDatabaseFunctions() {
    }

    public static boolean refusedElsewhere(Connection connection, String authority, String mission, String askingMember) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT COUNT(*) FROM flight f JOIN flight_decision d ON d.flight_id = f.id AND d.current
                WHERE f.sending_authority = ? AND f.mission_number = ? AND f.member_state <> ?
                  AND d.refused_under_protocol AND COALESCE(d.confirmed_outcome, 'REFUSE') = 'REFUSE'""")) {
            statement.setString(1, authority);
            statement.setString(2, mission);
            statement.setString(3, askingMember);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
