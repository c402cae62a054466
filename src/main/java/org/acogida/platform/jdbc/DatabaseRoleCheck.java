package org.acogida.platform.jdbc;

import java.util.Locale;

import javax.sql.DataSource;

import org.acogida.platform.config.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on PostgreSQL when the application's own database role would bypass row-level
 * security: a superuser, a role with BYPASSRLS, or the owner of the tables. Without this check a
 * misconfigured server would run with one lock instead of two and nobody would notice.
 */
@Component
class DatabaseRoleCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final DataSource dataSource;
    private final PlatformProperties platform;

    DatabaseRoleCheck(DataSource dataSource, PlatformProperties platform) {
        this.dataSource = dataSource;
        this.platform = platform;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        if (!product.contains("postgresql")) {
            if (platform.mode() == PlatformProperties.Mode.SERVE) {
                log.warn("Running on {} without row-level security: member isolation rests on the application alone.", product);
            }
            return;
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String role = jdbc.sql("SELECT current_user").query(String.class).single();
        boolean bypasses = jdbc.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single();
        long owned = jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user")
                .query(Long.class).single();
        if (bypasses || owned > 0) {
            throw new IllegalStateException("Acogida connects to PostgreSQL as '" + role + "', which "
                    + (bypasses ? "is a superuser or has BYPASSRLS" : "owns " + owned + " tables")
                    + ": row-level security would not apply. Connect as a role that owns no table (ACOGIDA_DB_USER) and run "
                    + "migrations as the schema owner (ACOGIDA_DB_OWNER_USER); see docs/operations.md.");
        }
    }
}
