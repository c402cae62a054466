package org.acogida.platform.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How this Acogida runs. {@code DEMO} is the one-command demo on the embedded database with
 * generated demo data; {@code SERVE} is production on PostgreSQL; {@code TEST} is the test suite.
 */
@Validated
@ConfigurationProperties("acogida")
public record PlatformProperties(@NotNull Mode mode, @NotNull Path dataDirectory) {

    public enum Mode { DEMO, SERVE, TEST }
}
