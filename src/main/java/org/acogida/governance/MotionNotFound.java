package org.acogida.governance;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class MotionNotFound extends RecordNotFound {

    private MotionNotFound(UUID id) {
        super("motion", id);
    }

    public static MotionNotFound forId(UUID id) {
        return new MotionNotFound(id);
    }
}
