package org.acogida.audit.chain;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param key base64 of at least 32 random bytes; set {@code ACOGIDA_AUDIT_KEY}, or let Acogida
 *            generate it into the data directory on first start
 */
@Validated
@ConfigurationProperties("acogida.audit")
public record AuditProperties(@NotBlank String key) {
}
