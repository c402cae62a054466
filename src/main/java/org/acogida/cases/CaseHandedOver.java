package org.acogida.cases;

import java.util.UUID;

import org.acogida.platform.errors.RecordReadOnly;

/** The case was transferred to another member: it is kept here as a read-only record, and nothing changes it. */
public class CaseHandedOver extends RecordReadOnly {
    private CaseHandedOver(UUID id) {
        super("case", id);
    }

    public static CaseHandedOver forId(UUID id) {
        return new CaseHandedOver(id);
    }
}
