package org.acogida.sharing;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class ConsentNotFound extends RecordNotFound {

    private ConsentNotFound(UUID id) {
        super("consent", id);
    }

    public static ConsentNotFound forId(UUID id) {
        return new ConsentNotFound(id);
    }
}
