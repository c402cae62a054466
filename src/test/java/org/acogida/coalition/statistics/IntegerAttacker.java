package org.acogida.coalition.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * An attacker independent of {@link Derivability}: OR-Tools' CP-SAT, over whole numbers, finds
 * the least and the greatest count each hidden entry can have. It reads only the published table,
 * plus a bound on every count (the grand total, or ten times the true one where that is hidden),
 * which can only narrow what it finds.
 */
final class IntegerAttacker {

    static {
        Loader.loadNativeLibraries();
    }

    record Range(long min, long max) {
    }

    private IntegerAttacker() {
    }

    static Map<Position, Range> ranges(SuppressedTable published, CountTable truth) {
        Shape shape = published.shape();
        long bound = published.entry(shape.entries() - 1) instanceof Published.Count(int total) ? total : 10L * truth.grandTotal() + 10;
        CpModel model = new CpModel();
        IntVar[] hidden = new IntVar[shape.entries()];
        for (int entry = 0; entry < shape.entries(); entry++) {
            if (published.entry(entry) instanceof Published.Hidden) {
                hidden[entry] = model.newIntVar(0, bound, "e" + entry);
            }
        }
        for (Line line : shape.lines()) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            for (int member : line.members()) {
                add(sum, published, hidden, member, 1);
            }
            add(sum, published, hidden, line.total(), -1);
            model.addEquality(sum, 0);
        }
        Map<Position, Range> ranges = new LinkedHashMap<>();
        for (int entry = 0; entry < shape.entries(); entry++) {
            if (hidden[entry] != null) {
                model.minimize(hidden[entry]);
                long min = solve(model);
                model.maximize(hidden[entry]);
                ranges.put(shape.position(entry), new Range(min, solve(model)));
            }
        }
        return ranges;
    }

    private static void add(LinearExprBuilder sum, SuppressedTable published, IntVar[] hidden, int entry, int sign) {
        if (hidden[entry] != null) {
            sum.addTerm(hidden[entry], sign);
        } else {
            sum.add((long) sign * ((Published.Count) published.entry(entry)).value());
        }
    }

    private static long solve(CpModel model) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT did not prove an optimum: " + status);
        }
        return Math.round(solver.objectiveValue());
    }
}
