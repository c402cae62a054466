package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the unnamed checks V11 put on a consent's purpose, a sharing letter's kind and an arrival's kind, so that
 * V13_1 can put named ones with the purposes, letters and arrivals that transfer, tracing and
 * protection referral add. Unnamed checks are named by each database in its own way, so they are looked up
 * here rather than named in SQL.
 */
public class V13__SharingPurposesUnchecked extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        drop(connection, postgres, "consent", "purpose");
        drop(connection, postgres, "sharing_outbox", "kind");
        drop(connection, postgres, "arrival", "arrival_kind");
    }

    private static void drop(Connection connection, boolean postgres, String table, String column) throws SQLException {
        String query = postgres
                ? "SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c' AND pg_get_constraintdef(oid) ILIKE ?"
                : """
                  SELECT c.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                  JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c ON c.CONSTRAINT_NAME = t.CONSTRAINT_NAME AND c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA
                  WHERE LOWER(t.TABLE_NAME) = ? AND t.CONSTRAINT_TYPE = 'CHECK' AND UPPER(c.CHECK_CLAUSE) LIKE UPPER(?)""";
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(query)) {
            find.setString(1, table);
            find.setString(2, "%" + column + "%");
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        if (names.size() != 1) {
            throw new SQLException("Expected one check on " + table + "." + column + ", found " + names);
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + names.getFirst() + "\"");
        }
    }
}
