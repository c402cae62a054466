package org.acogida.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acogida.access.UserAccount;
import org.acogida.platform.actor.Role;

/** What an administrator may change on a user of their member. */
record UserChangesForm(
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotBlank @Pattern(regexp = "es|en|pt|fr|ht") String language,
        boolean enabled,
        @NotNull Integer version) {

    static final String[] FIELDS = {"displayName", "role", "language", "enabled", "version"};

    static UserChangesForm of(UserAccount user) {
        return new UserChangesForm(user.displayName(), user.role(), user.language(), user.enabled(), user.version());
    }
}
