package org.acogida.placement.engine;

import java.util.List;

/**
 * A proposed placement of every case, with its objective (total score), the proven upper bound on
 * any placement's objective, and the relative gap between them. A gap of 0 proves the plan optimal.
 */
public record Plan(String method, List<Placement> placements, long objective, double upperBound, long placedCases,
                   long placedPersons, double seconds, String status) {

    public double gap() {
        return upperBound <= 0 ? 0 : Math.max(0, (upperBound - objective) / upperBound);
    }

    /** The objective as a share of a bound proven for the instance (by this plan or another method). */
    public double shareOf(double provenBound) {
        return provenBound <= 0 ? 1 : objective / provenBound;
    }
}
