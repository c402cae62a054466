package org.acogida.placement.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * A baseline: the integer program given as it is to OR-Tools CP-SAT, with a time limit. It reports
 * its best plan and the best bound CP-SAT proved.
 */
public final class DirectInteger implements PlacementMethod {

    private final double timeLimitSeconds;

    public DirectInteger(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    @Override
    public String name() {
        return "cp-sat";
    }

    @Override
    public Plan place(Instance in, Progress progress) {
        long started = System.nanoTime();
        Solved solved = solve(in, progress);
        return new Plan(name(), Explanations.of(in, solved.occupancy()), solved.occupancy().objective(), solved.bound(),
                solved.occupancy().placedCases(), solved.occupancy().placedPersons(), (System.nanoTime() - started) / 1e9, solved.status());
    }

    /** CP-SAT's plan (empty if it found none), the bound it proved (NaN if none) and its status. */
    private record Solved(Occupancy occupancy, double bound, String status) {}

    private Solved solve(Instance in, Progress progress) {
        OrTools.load();
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[Math.toIntExact(in.pairs())];
        LinearExprBuilder[] capacity = new LinearExprBuilder[in.localities()];
        for (int a = 0; a < capacity.length; a++) {
            capacity[a] = LinearExpr.newBuilder();
        }
        LinearExprBuilder[] quota = new LinearExprBuilder[in.countries()];
        for (int k = 0; k < quota.length; k++) {
            quota[k] = LinearExpr.newBuilder();
        }
        LinearExprBuilder objective = LinearExpr.newBuilder();
        progress.report("building the model: " + in.pairs() + " Boolean variables");
        for (int c = 0; c < in.cases(); c++) {
            int from = in.firstPair(c);
            int to = in.firstPair(c + 1);
            BoolVar[] once = new BoolVar[to - from];
            for (int p = from; p < to; p++) {
                int a = in.pairLocality(p);
                x[p] = model.newBoolVar("");
                once[p - from] = x[p];
                capacity[a].addTerm(x[p], in.size(c));
                quota[in.countryOf(a)].addTerm(x[p], in.size(c));
                objective.addTerm(x[p], in.pairScore(p));
            }
            if (once.length > 1) {
                model.addAtMostOne(once);
            }
        }
        for (int a = 0; a < capacity.length; a++) {
            model.addLessOrEqual(capacity[a].build(), in.capacity(a));
        }
        for (int k = 0; k < quota.length; k++) {
            model.addLessOrEqual(quota[k].build(), in.quota(k));
        }
        model.maximize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(2);
        progress.report("solving with CP-SAT (limit " + timeLimitSeconds + " s)");
        CpSolverStatus status = solver.solve(model);
        Occupancy occupancy = new Occupancy(in);
        double bound = Double.NaN;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int p = 0; p < x.length; p++) {
                if (solver.booleanValue(x[p])) {
                    occupancy.place(caseOf(in, p), p);
                }
            }
            bound = solver.bestObjectiveBound();
        }
        return new Solved(occupancy, bound, status.name());
    }

    private static int caseOf(Instance in, int pair) {
        int low = 0;
        int high = in.cases() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (in.firstPair(middle) <= pair) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
