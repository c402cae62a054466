package org.acogida.cases;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class MovementNotFound extends RecordNotFound {
    private MovementNotFound(UUID id) {
        super("movement", id);
    }

    public static MovementNotFound forId(UUID id) {
        return new MovementNotFound(id);
    }
}
