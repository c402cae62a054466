package org.acogida.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.acogida.platform.config.PlatformProperties;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Acogida refuses to run on PostgreSQL as a role that row-level security would not apply to. */
@PostgresTest
class DatabaseRoleCheckTest {

    static final PlatformProperties SERVE = new PlatformProperties(PlatformProperties.Mode.SERVE, Path.of("data"));

    @Test
    void refusesTheTableOwner() {
        var owner = new DriverManagerDataSource(PostgresDatabase.jdbcUrl(), PostgresDatabase.adminUser(), PostgresDatabase.adminPassword());
        assertThatThrownBy(() -> new DatabaseRoleCheck(owner, SERVE).afterPropertiesSet())
                .hasMessageContaining("row-level security would not apply");
    }

    @Test
    void acceptsTheApplicationRole() {
        var app = new DriverManagerDataSource(PostgresDatabase.jdbcUrl(), PostgresDatabase.APP_ROLE, "");
        assertThatCode(() -> new DatabaseRoleCheck(app, SERVE).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
