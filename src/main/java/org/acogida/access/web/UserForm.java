package org.acogida.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acogida.platform.actor.Role;

/** A new user, as an administrator enters them. No member state field: it is always the administrator's. */
record UserForm(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotBlank @Pattern(regexp = "es|en|pt|fr|ht") String language,
        @NotNull @Size(max = 512) String password) {

    static final String[] FIELDS = {"username", "displayName", "role", "language", "password"};

    static UserForm empty() {
        return new UserForm("", "", Role.RECEPTION_OFFICER, "es", "");
    }
}
