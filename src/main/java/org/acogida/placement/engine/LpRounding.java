package org.acogida.placement.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A baseline a user would otherwise build: the LP relaxation given to a general LP solver
 * (OR-Tools GLOP), then rounded: families at 1 are placed, the rest placed greedily where room is
 * left. Its LP objective is an upper bound when the solver proves optimality.
 */
public final class LpRounding implements PlacementMethod {

    private final double timeLimitSeconds;

    public LpRounding(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    @Override
    public String name() {
        return "glop-rounding";
    }

    @Override
    public Plan place(Instance in, Progress progress) {
        OrTools.load();
        long started = System.nanoTime();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            solver.setTimeLimit((long) (timeLimitSeconds * 1000));
            progress.report("building the LP: " + in.pairs() + " variables");
            MPVariable[] x = new MPVariable[Math.toIntExact(in.pairs())];
            MPConstraint[] capacity = new MPConstraint[in.localities()];
            for (int a = 0; a < in.localities(); a++) {
                capacity[a] = solver.makeConstraint(0, in.capacity(a));
            }
            MPConstraint[] quota = new MPConstraint[in.countries()];
            for (int k = 0; k < in.countries(); k++) {
                quota[k] = solver.makeConstraint(0, in.quota(k));
            }
            MPObjective objective = solver.objective();
            objective.setMaximization();
            for (int c = 0; c < in.cases(); c++) {
                MPConstraint once = solver.makeConstraint(0, 1);
                for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                    int a = in.pairLocality(p);
                    x[p] = solver.makeNumVar(0, 1, "");
                    once.setCoefficient(x[p], 1);
                    capacity[a].setCoefficient(x[p], in.size(c));
                    quota[in.countryOf(a)].setCoefficient(x[p], in.size(c));
                    objective.setCoefficient(x[p], in.pairScore(p));
                }
            }
            progress.report("solving the LP with GLOP");
            MPSolver.ResultStatus status = solver.solve();
            Occupancy occupancy = new Occupancy(in);
            if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
                for (int c = 0; c < in.cases(); c++) {
                    for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                        if (x[p].solutionValue() > 1 - 1e-6 && occupancy.fits(c, p)) {
                            occupancy.place(c, p);
                            break;
                        }
                    }
                }
            }
            int[] all = new int[in.cases()];
            for (int c = 0; c < all.length; c++) {
                all[c] = c;
            }
            occupancy.fillGreedily(Occupancy.byBestValuePerPerson(in, all));
            double bound = status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.NaN;
            return new Plan(name(), Explanations.of(in, occupancy), occupancy.objective(), bound, occupancy.placedCases(),
                    occupancy.placedPersons(), (System.nanoTime() - started) / 1e9, status.name());
        } finally {
            solver.delete();
        }
    }
}
