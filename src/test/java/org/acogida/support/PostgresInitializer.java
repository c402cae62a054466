package org.acogida.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the suite's PostgreSQL database: migrations as the owner, everything else as acogida_app. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + PostgresDatabase.jdbcUrl(),
                "spring.datasource.username=" + PostgresDatabase.APP_ROLE,
                "spring.datasource.password=",
                "spring.flyway.url=" + PostgresDatabase.jdbcUrl(),
                "spring.flyway.user=" + PostgresDatabase.adminUser(),
                "spring.flyway.password=" + PostgresDatabase.adminPassword()
        ).applyTo(context);
    }
}
