package org.acogida.platform.errors;

/**
 * The record is kept as a record only (for example a case handed over to another member): reading
 * it is allowed, changing it is refused, whoever tries and however.
 */
public class RecordReadOnly extends RuntimeException {
    public RecordReadOnly(String recordType, Object id) {
        super(recordType + " " + id + " is kept read-only");
    }
}
