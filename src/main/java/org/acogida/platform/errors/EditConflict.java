package org.acogida.platform.errors;

/** Someone else saved the record after this user opened it: their edit is refused, not merged silently. */
public class EditConflict extends RuntimeException {
    public EditConflict(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else");
    }
}
