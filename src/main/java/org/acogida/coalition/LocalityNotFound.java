package org.acogida.coalition;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class LocalityNotFound extends RecordNotFound {
    private LocalityNotFound(UUID id) {
        super("locality", id);
    }

    public static LocalityNotFound forId(UUID id) {
        return new LocalityNotFound(id);
    }
}
