package org.acogida.coalition.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What anyone can work out from a published table: for each hidden cell or total, the least and
 * the greatest value it can take given every published count and every line's sum, all counts
 * being non-negative. The Handbook on Statistical Disclosure Control (Hundepool et al., §4.2,
 * "feasibility interval") computes it by linear programming (Fischetti and Salazar, 2000), as here:
 * two linear programs per hidden entry, solved by {@link Simplex}. A hidden count whose interval
 * is one point is as good as published.
 *
 * <p>These are the bounds of the linear relaxation, which enclose the bounds over whole numbers. In
 * a two-way table they are the same: each entry is on one row line and one column line, so the
 * equations form a network matrix, whose vertices are whole numbers. In a three-way table the
 * interval over whole numbers can be narrower: a width above zero here is then strong evidence, not
 * proof, that a count cannot be worked out. The tests attack their three-way tables over whole
 * numbers too, with an integer solver.
 */
public final class Derivability {

    private static final double SAME = 1e-6;

    /** The values a hidden count can take: from {@code min} to {@code max}, which may be +∞. */
    public record Range(double min, double max) {

        /** Whether the count is known exactly. */
        public boolean exact() {
            return max - min < SAME;
        }
    }

    private Derivability() {
    }

    /** The interval of every hidden cell and total, in reading order. */
    public static Map<Position, Range> ranges(SuppressedTable published) {
        Shape shape = published.shape();
        AttackerProblem problem = problem(published);
        Map<Position, Range> ranges = new LinkedHashMap<>();
        for (int v = 0; v < problem.variables(); v++) {
            double max = problem.maximise(v, 1).value();
            double min = 0.0 - problem.maximise(v, -1).value();
            ranges.put(shape.position(problem.entry(v)), new Range(min, max));
        }
        return ranges;
    }

    /** The hidden cells and totals of a publication of {@code truth} that a reader can work out exactly. */
    public static List<Position> exactlyDerivable(SuppressedTable published, CountTable truth) {
        AttackerProblem problem = problem(published);
        List<Position> exact = new ArrayList<>();
        for (int v : exact(problem, truth, false)) {
            exact.add(published.shape().position(problem.entry(v)));
        }
        return exact;
    }

    /** The first hidden entry a reader can work out exactly, or -1: what the suppression audits. */
    static int firstExactlyDerivable(CountTable table, SuppressionReason[] reasons) {
        boolean[] hidden = new boolean[reasons.length];
        for (int entry = 0; entry < reasons.length; entry++) {
            hidden[entry] = reasons[entry] != null;
        }
        AttackerProblem problem = AttackerProblem.of(table.shape(), hidden, table::countOf);
        List<Integer> exact = exact(problem, table, true);
        return exact.isEmpty() ? -1 : problem.entry(exact.getFirst());
    }

    private static AttackerProblem problem(SuppressedTable published) {
        Shape shape = published.shape();
        boolean[] hidden = new boolean[shape.entries()];
        for (int entry = 0; entry < hidden.length; entry++) {
            hidden[entry] = published.entry(entry) instanceof Published.Hidden;
        }
        return AttackerProblem.of(shape, hidden, entry -> ((Published.Count) published.entry(entry)).value());
    }

    /**
     * The unknowns whose interval is one point. Knowing the true counts saves most of the work:
     * any feasible point that differs from them in an unknown proves that unknown can move, so each
     * optimum found clears many unknowns at once, and most need no linear program of their own.
     */
    private static List<Integer> exact(AttackerProblem problem, CountTable truth, boolean firstOnly) {
        boolean[] moves = new boolean[problem.variables()];
        mark(problem.maximise(0, 0), problem, truth, moves);
        List<Integer> exact = new ArrayList<>();
        for (int v = 0; v < problem.variables(); v++) {
            for (int sign = 1; sign >= -1 && !moves[v]; sign -= 2) {
                Simplex.Optimum optimum = problem.maximise(v, sign);
                if (optimum.unbounded()) {
                    moves[v] = true;
                } else {
                    mark(optimum, problem, truth, moves);
                }
            }
            if (!moves[v]) {
                exact.add(v);
                if (firstOnly) {
                    break;
                }
            }
        }
        return exact;
    }

    private static void mark(Simplex.Optimum optimum, AttackerProblem problem, CountTable truth, boolean[] moves) {
        for (int w = 0; w < problem.variables(); w++) {
            if (Math.abs(optimum.point()[w] - truth.countOf(problem.entry(w))) > SAME) {
                moves[w] = true;
            }
        }
    }
}
