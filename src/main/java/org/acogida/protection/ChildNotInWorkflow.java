package org.acogida.protection;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

/** A case that is not an unaccompanied child's: it has no child-protection workflow to act on. */
public class ChildNotInWorkflow extends RecordNotFound {
    private ChildNotInWorkflow(UUID caseId) {
        super("child protection of case", caseId);
    }

    public static ChildNotInWorkflow forCase(UUID caseId) {
        return new ChildNotInWorkflow(caseId);
    }
}
