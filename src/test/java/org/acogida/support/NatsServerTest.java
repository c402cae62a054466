package org.acogida.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test against a real nats-server, which it starts itself with {@link NatsServerProcess}; skipped or failed by {@link RequiresNatsServer}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("nats")
@ExtendWith(RequiresNatsServer.class)
public @interface NatsServerTest {
}
