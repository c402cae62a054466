package org.acogida.coalition.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * A small linear-programming solver for the attacker's problems: maximise c·x subject to
 * A x = b and x ≥ 0. Dense tableau, two phases. Bland's rule picks the pivots (the
 * lowest-numbered improving column enters; a tie in the ratio test goes to the lowest-numbered
 * basic variable), so it cannot cycle on the degenerate problems a table of counts gives in plenty.
 * Doubles are exact enough for the few hundred variables of a published table, whose coefficients
 * are 0 and ±1 and whose right-hand sides are counts.
 *
 * <p>Phase 1 is solved once; every objective then starts from the feasible basis it found, since
 * the attacker asks many questions of the same equations.
 */
final class Simplex {

    static final double EPS = 1e-9;
    private static final double FEASIBILITY = 1e-7;

    /** An optimum and a point that reaches it; {@code value} is +∞ (and the point null) when unbounded. */
    record Optimum(double value, double[] point) {

        boolean unbounded() {
            return Double.isInfinite(value);
        }
    }

    /** The rows of the tableau: {@code variables} coefficients, then the right-hand side. */
    private final double[][] rows;
    private final int[] basis;
    private final int variables;

    private Simplex(double[][] rows, int[] basis, int variables) {
        this.rows = rows;
        this.basis = basis;
        this.variables = variables;
    }

    /** A basic feasible solution of A x = b, x ≥ 0, from which to optimise; empty if there is none. */
    static Optional<Simplex> feasible(double[][] a, double[] b, int variables) {
        int m = a.length;
        int rhs = variables + m;
        double[][] t = new double[m][rhs + 1];
        int[] basis = new int[m];
        double[] z = new double[rhs + 1];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < variables; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][variables + i] = 1;
            t[i][rhs] = sign * b[i];
            basis[i] = variables + i;
            // Phase 1 maximises minus the sum of the artificial variables; z holds the reduced costs.
            for (int j = 0; j < variables; j++) {
                z[j] -= t[i][j];
            }
            z[rhs] -= t[i][rhs];
        }
        optimise(t, z, basis, rhs, rhs);
        if (z[rhs] < -FEASIBILITY) {
            return Optional.empty();
        }
        // An artificial variable still basic is at zero: pivot a real one in, or its row is redundant.
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i] >= variables) {
                for (int j = 0; j < variables; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, null, basis, i, j);
                        break;
                    }
                }
            }
        }
        double[][] rows = new double[m][];
        int[] realBasis = new int[m];
        for (int i = 0; i < m; i++) {
            if (basis[i] < variables) {
                rows[kept] = Arrays.copyOf(t[i], variables + 1);
                rows[kept][variables] = t[i][rhs];
                realBasis[kept++] = basis[i];
            }
        }
        return Optional.of(new Simplex(Arrays.copyOf(rows, kept), Arrays.copyOf(realBasis, kept), variables));
    }

    /** The greatest value of c·x over the feasible set, from the basis phase 1 found (which stays as it is). */
    Optimum maximise(double[] c) {
        double[][] t = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = rows[i].clone();
        }
        int[] basis = this.basis.clone();
        double[] z = new double[variables + 1];
        for (int j = 0; j <= variables; j++) {
            double sum = j < variables ? -c[j] : 0;
            for (int i = 0; i < t.length; i++) {
                sum += c[basis[i]] * t[i][j];
            }
            z[j] = sum;
        }
        if (!optimise(t, z, basis, variables, variables)) {
            return new Optimum(Double.POSITIVE_INFINITY, null);
        }
        double[] point = new double[variables];
        for (int i = 0; i < t.length; i++) {
            point[basis[i]] = Math.max(0, t[i][variables]);
        }
        return new Optimum(z[variables], point);
    }

    /** Pivots until no column among the first {@code columns} improves; false if the objective is unbounded. */
    private static boolean optimise(double[][] t, double[] z, int[] basis, int columns, int rhs) {
        while (true) {
            int enter = -1;
            for (int j = 0; j < columns && enter < 0; j++) {
                if (z[j] < -EPS) {
                    enter = j;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            double best = 0;
            for (int i = 0; i < t.length; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][rhs] / t[i][enter];
                    if (leave < 0 || ratio < best - EPS || ratio <= best + EPS && basis[i] < basis[leave]) {
                        leave = i;
                        best = ratio;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, z, basis, leave, enter);
        }
    }

    private static void pivot(double[][] t, double[] z, int[] basis, int row, int column) {
        double[] p = t[row];
        double value = p[column];
        for (int k = 0; k < p.length; k++) {
            p[k] /= value;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                subtract(t[i], p, t[i][column]);
            }
        }
        if (z != null) {
            subtract(z, p, z[column]);
        }
        basis[row] = column;
    }

    private static void subtract(double[] target, double[] pivotRow, double factor) {
        if (factor != 0) {
            for (int k = 0; k < target.length; k++) {
                target[k] -= factor * pivotRow[k];
            }
        }
    }
}
