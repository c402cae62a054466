package org.acogida.sharing;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class ShareNotFound extends RecordNotFound {

    private ShareNotFound(UUID id) {
        super("share", id);
    }

    public static ShareNotFound forId(UUID id) {
        return new ShareNotFound(id);
    }
}
