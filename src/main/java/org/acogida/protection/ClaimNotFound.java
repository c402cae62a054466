package org.acogida.protection;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class ClaimNotFound extends RecordNotFound {
    private ClaimNotFound(UUID id) {
        super("protection claim", id);
    }

    public static ClaimNotFound forId(UUID id) {
        return new ClaimNotFound(id);
    }
}
