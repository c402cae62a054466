package org.acogida.cases;

import java.util.Optional;

/**
 * A section of the case page that a module draws (screening, protection, documents), so that the
 * page shows everything about a case without depending on the modules that add to it. Each module
 * declares its panels as beans.
 */
public interface CasePanel {

    /** The Thymeleaf fragment that draws the panel, given its content as {@code panel}: "protection/panels :: screening". */
    String fragment();

    /** Where the panel goes on the page: lower first. */
    int order();

    /** What the panel shows for this case to the signed-in user, or empty when it shows them nothing. */
    Optional<?> content(Case shown);
}
