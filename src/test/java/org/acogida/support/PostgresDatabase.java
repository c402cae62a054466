package org.acogida.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.springframework.boot.SpringApplication;

/**
 * The test suite's PostgreSQL: the local server (127.0.0.1:5432, user postgres, trust
 * authentication, or ACOGIDA_TEST_PG_* to point elsewhere). Each run of the suite creates its
 * own database, migrates it as the owner and connects the application as {@code acogida_app}, a
 * role that owns nothing, exactly as production does; the database is dropped when the JVM exits.
 */
public final class PostgresDatabase {

    public static final String APP_ROLE = "acogida_app";

    private static final String HOST = env("ACOGIDA_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("ACOGIDA_TEST_PG_PORT", "5432");
    private static final String ADMIN = env("ACOGIDA_TEST_PG_USER", "postgres");
    private static final String ADMIN_PASSWORD = env("ACOGIDA_TEST_PG_PASSWORD", "");

    private static volatile String databaseName;
    private static volatile Optional<String> unavailable;

    private PostgresDatabase() {
    }

    /** Why PostgreSQL cannot be used, or empty when it can. */
    public static synchronized Optional<String> unavailableReason() {
        if (unavailable == null) {
            try (Connection connection = admin("postgres")) {
                unavailable = Optional.empty();
            } catch (SQLException e) {
                unavailable = Optional.of("PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + ADMIN + " (" + e.getMessage() + ")");
            }
        }
        return unavailable;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database();
    }

    public static String adminUser() {
        return ADMIN;
    }

    public static String adminPassword() {
        return ADMIN_PASSWORD;
    }

    /** A connection as the owner (a superuser here): bypasses row-level security, for setting up and inspecting. */
    public static Connection ownerConnection() throws SQLException {
        return admin(database());
    }

    /** A connection as the application's role, subject to row-level security. */
    public static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), APP_ROLE, "");
    }

    private static synchronized String database() {
        if (databaseName == null) {
            String name = "acogida_test_" + ProcessHandle.current().pid() + "_" + Long.toString(System.currentTimeMillis(), 36);
            try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE
                        + "') THEN CREATE ROLE " + APP_ROLE + " LOGIN; END IF; END $$");
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database on PostgreSQL", e);
            }
            databaseName = name;
            // After Spring has closed every application context (they still use the database while closing),
            // not in a JVM shutdown hook of its own, which would run at the same time.
            SpringApplication.getShutdownHandlers().add(PostgresDatabase::drop);
        }
        return databaseName;
    }

    /**
     * Another database on the same server, for a test that runs several nodes, each with its own
     * database as in production; migrated by the node that uses it, dropped when the JVM exits.
     */
    public static synchronized String extraDatabaseUrl(String suffix) {
        String name = database() + "_" + suffix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
        EXTRA.add(name);
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    private static final java.util.List<String> EXTRA = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static void drop() {
        for (String extra : EXTRA) {
            try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + extra + " WITH (FORCE)");
            } catch (SQLException e) {
                // Only disk space.
            }
        }
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } catch (SQLException e) {
            // The next run uses a new database; a leftover one is only disk space.
        }
    }

    private static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, ADMIN, ADMIN_PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
