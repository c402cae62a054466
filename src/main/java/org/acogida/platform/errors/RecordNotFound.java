package org.acogida.platform.errors;

/**
 * A record that does not exist, or that exists in another member state: the two are answered
 * alike (404, the same page) so that an id reveals nothing about records a user may not see.
 * Modules name their own subclasses, for example {@code LocalityNotFound.forId(id)}.
 */
public abstract class RecordNotFound extends RuntimeException {
    protected RecordNotFound(String recordType, Object id) {
        super(recordType + " " + id + " not found in the current member state");
    }
}
