package org.acogida.platform.shell;

import java.util.Set;

import org.acogida.platform.actor.Role;

/**
 * Which roles may use the routes under a path pattern. Each module declares its own as beans; the
 * security configuration applies them all and denies every route that no rule names, so a new
 * route is closed until someone decides who may use it.
 */
public record RouteAccess(String pattern, Set<Role> roles) {

    public RouteAccess {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A route rule must name at least one role: " + pattern);
        }
    }

    public static RouteAccess of(String pattern, Role... roles) {
        return new RouteAccess(pattern, Set.of(roles));
    }

    public static RouteAccess everyRole(String pattern) {
        return new RouteAccess(pattern, Set.of(Role.values()));
    }
}
