package org.acogida.access.internal;

import java.time.Instant;
import java.util.UUID;

import org.acogida.platform.actor.Role;

/** What sign-in needs to know about a user, including the hash it checks the password against. */
public record SignInRecord(UUID id, String username, String displayName, String passwordHash, Role role, String memberState,
                           boolean enabled, int failedSignIns, Instant lockedUntil, int sessionGeneration, String language) {
}
