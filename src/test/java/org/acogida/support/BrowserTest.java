package org.acogida.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test in a real Chromium against Acogida served on a random port, on the suite's PostgreSQL: the application of {@link PostgresTest}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresTest
@Tag("browser")
@ExtendWith(RequiresChromium.class)
public @interface BrowserTest {
}
