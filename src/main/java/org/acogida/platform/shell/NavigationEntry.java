package org.acogida.platform.shell;

import java.util.Set;

import org.acogida.platform.actor.Role;

/**
 * One item of the main navigation. Each module declares its own entries as beans, so the page
 * shell never needs to know which modules exist.
 */
public record NavigationEntry(String messageKey, String path, Set<Role> roles, int order) {

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
