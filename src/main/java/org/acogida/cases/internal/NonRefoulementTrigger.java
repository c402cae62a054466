package org.acogida.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's non-refoulement check on every row written to {@code movement}, the
 * same as PostgreSQL's {@code acogida_refuse_refoulement} (db/migration/postgresql/V7_1, V10_1): a
 * movement that is not cancelled may not go to a country any case of the same person is marked
 * against. Columns are read by position, in the order of V6's {@code CREATE TABLE movement}.
 */
public class NonRefoulementTrigger implements Trigger {

    static final int CASE_ID = 2;
    static final int DESTINATION_COUNTRY = 4;
    static final int STATUS = 6;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null || "CANCELLED".equals(newRow[STATUS])) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT COUNT(*) FROM person_case moving
                JOIN person_case marked ON marked.person_id = moving.person_id
                JOIN non_refoulement mark ON mark.case_id = marked.id
                WHERE moving.id = ? AND mark.country = ?""")) {
            statement.setObject(1, newRow[CASE_ID]);
            statement.setObject(2, newRow[DESTINATION_COUNTRY]);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new SQLException("non-refoulement: the person of case " + newRow[CASE_ID] + " must not be sent to "
                            + newRow[DESTINATION_COUNTRY], "AC001");
                }
            }
        }
    }
}
