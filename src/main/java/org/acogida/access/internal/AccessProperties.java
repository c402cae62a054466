package org.acogida.access.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailedSignIns wrong passwords in a row before the account is locked
 * @param lockout          how long a locked account stays locked
 */
@Validated
@ConfigurationProperties("acogida.access")
public record AccessProperties(@Min(1) @Max(100) int maxFailedSignIns, @NotNull Duration lockout) {
}
