package org.acogida.access;

import java.time.Instant;
import java.util.UUID;

import org.acogida.platform.actor.Role;

/** A user as an administrator sees them. The password hash never leaves the access module's store. */
public record UserAccount(UUID id, String username, String displayName, Role role, String memberState, boolean enabled,
                         String language, Instant lockedUntil, int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
