package org.acogida.documents;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class DocumentNotFound extends RecordNotFound {
    private DocumentNotFound(UUID id) {
        super("document", id);
    }

    public static DocumentNotFound forId(UUID id) {
        return new DocumentNotFound(id);
    }
}
