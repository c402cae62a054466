package org.acogida.reception.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The class the embedded database's migration V7_1 named for its non-refoulement trigger, before
 * movements belonged to the cases module. V10_1 replaces that trigger with
 * {@code org.acogida.cases.internal.NonRefoulementTrigger}; on a new database no movement is written
 * in between. Should the old trigger ever remain, it fails closed: every movement that is not a
 * cancellation is refused, as a server error.
 */
public class NonRefoulementTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && !"CANCELLED".equals(newRow[6])) {
            // Not AC001: that would tell the person at the screen this person fears the country. This is a fault of the database.
            throw new SQLException("the non-refoulement trigger of migration V7_1 is still in place; the migrations did not all run", "AC002");
        }
    }
}
