package org.acogida.platform.shell;

import java.util.Set;

import org.acogida.platform.actor.Role;

/**
 * Which roles may use the routes under a path pattern. Each module declares its own as beans; the
 * security configuration applies them all and denies every route that no rule names, so a new
 * route is closed until someone decides who may use it.
 */
public record RouteAccess(String method, String pattern, Set<Role> roles) {

    public RouteAccess {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A route rule must name at least one role: " + pattern);
        }
    }

    public static RouteAccess of(String pattern, Role... roles) {
        return new RouteAccess(null, pattern, Set.of(roles));
    }

    /** A rule for one HTTP method only, for example POST to a path others may only read. */
    public static RouteAccess of(String method, String pattern, Role... roles) {
        return new RouteAccess(method, pattern, Set.of(roles));
    }

    public static RouteAccess everyRole(String pattern) {
        return new RouteAccess(null, pattern, Set.of(Role.values()));
    }

    /** Rules with a method, then longer patterns, are applied first: the most specific rule wins. */
    public int specificity() {
        return (method == null ? 0 : 10_000) + pattern.length();
    }
}
