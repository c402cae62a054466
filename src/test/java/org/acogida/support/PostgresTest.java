package org.acogida.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** A Spring Boot test of the whole application on the suite's PostgreSQL database (see {@link PostgresDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(RequiresPostgres.class)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {
}
