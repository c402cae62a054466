package org.acogida.cases;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The countries a person must not be returned, transferred or placed to, answered by the module
 * that records protection claims. Movements asks before it writes a movement, to refuse it with a
 * reason; the database refuses it again where it is written (V7_1, V10_1), whoever writes it.
 */
public interface NonRefoulement {

    /** The countries any of these cases (one person's) is marked against. */
    Set<String> countriesFeared(Collection<UUID> caseIds);
}
