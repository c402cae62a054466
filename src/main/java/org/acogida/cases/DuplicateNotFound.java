package org.acogida.cases;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class DuplicateNotFound extends RecordNotFound {
    private DuplicateNotFound(UUID id) {
        super("duplicate review", id);
    }

    public static DuplicateNotFound forId(UUID id) {
        return new DuplicateNotFound(id);
    }
}
