package org.acogida.cases;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class CaseNotFound extends RecordNotFound {
    private CaseNotFound(UUID id) {
        super("case", id);
    }

    public static CaseNotFound forId(UUID id) {
        return new CaseNotFound(id);
    }
}
