package org.acogida.platform.jdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that uses plain JDBC instead of {@link ScopedJdbc}, and says why. Only reference
 * data, aggregates, authentication and the audit chain qualify; an architecture test fails on any
 * other class that reaches the database directly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrossMemberAccess {
    String value();
}
