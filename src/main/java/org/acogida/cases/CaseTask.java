package org.acogida.cases;

import java.time.Instant;
import java.util.List;

/**
 * Something that must be done on a case, and by when: derived from the case's state each time it
 * is shown, so a task disappears when the work is done instead of being ticked off by hand.
 * {@code messageKey} and {@code arguments} say what, in the user's language.
 */
public record CaseTask(String messageKey, List<Object> arguments, Instant due, boolean urgent) {

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Modules that find tasks on a case declare one of these as a bean. */
    public interface Source {
        List<CaseTask> tasks(Case shown);
    }
}
