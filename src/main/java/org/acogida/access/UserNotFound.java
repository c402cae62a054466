package org.acogida.access;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class UserNotFound extends RecordNotFound {
    private UserNotFound(UUID id) {
        super("user", id);
    }

    public static UserNotFound forId(UUID id) {
        return new UserNotFound(id);
    }
}
