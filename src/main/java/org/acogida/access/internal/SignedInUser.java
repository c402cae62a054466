package org.acogida.access.internal;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

import org.acogida.platform.actor.ActingUser;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Role;

/**
 * The principal kept in the session. {@code sessionGeneration} is the user's generation when the
 * session began; when it no longer matches the database, the session ends.
 */
public record SignedInUser(UUID id, String username, String displayName, Role role, String memberState,
                           int sessionGeneration, String language) implements ActingUser, Principal, Serializable {

    @Override
    public Actor actor() {
        return new Actor(id, role, memberState);
    }

    @Override
    public String getName() {
        return username;
    }

    public SignedInUser withGeneration(int generation) {
        return new SignedInUser(id, username, displayName, role, memberState, generation, language);
    }

    public SignedInUser withLanguage(String newLanguage) {
        return new SignedInUser(id, username, displayName, role, memberState, sessionGeneration, newLanguage);
    }
}
