package org.acogida.placement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Acogida's engine.
 * <ol>
 * <li>The LP relaxation is solved exactly ({@link TransportationLp}): its optimum is the proven
 *     upper bound, and, when every case is one person, it is integral: the optimal placement.</li>
 * <li>Iterative rounding: each family the LP split is placed whole in the locality that got most
 *     of it (or set aside when the LP placed less than half of it), and the flow of what remains is
 *     solved again on the arcs the LP found, so the families around re-arrange exactly around each
 *     decision. This repeats until no family is split, or for {@code roundingRounds}.</li>
 * <li>Repair: whatever is left goes greedily, best value per person first; then cases move to
 *     better localities with room, and unplaced families take the place of lower-scoring ones
 *     (who are placed elsewhere if they fit).</li>
 * </ol>
 */
public final class OptimalPlacement implements PlacementMethod {

    private final EngineSettings settings;

    public OptimalPlacement(EngineSettings settings) {
        this.settings = settings;
    }

    public OptimalPlacement() {
        this(EngineSettings.DEFAULTS);
    }

    @Override
    public String name() {
        return "acogida-flow";
    }

    @Override
    public Plan place(Instance in, Progress progress) {
        long started = System.nanoTime();
        TransportationLp.Remaining remaining = TransportationLp.Remaining.everything(in);
        TransportationLp.Solution lp = TransportationLp.solve(in, remaining, null, settings, progress);
        double bound = lp.upperBound();
        boolean boundProven = lp.optimal();
        Occupancy occupancy = new Occupancy(in);
        for (int round = 1; round <= settings.roundingRounds(); round++) {
            int[] split = splitFamilies(in, lp, remaining);
            if (split.length == 0) {
                break;
            }
            for (int c : split) {
                decide(in, lp, occupancy, c);
                remaining.excluded()[c] = true;
            }
            remaining = new TransportationLp.Remaining(remaining.excluded(), occupancy.freeCapacities(), occupancy.freeQuotas());
            lp = TransportationLp.resolve(in, remaining, lp.active(), settings);
            progress.report(String.format("rounding %d: %d split families decided", round, split.length));
        }
        for (int c = 0; c < in.cases(); c++) {
            if (!remaining.excluded()[c]) {
                placeWhole(in, lp, occupancy, c);
            }
        }
        repair(in, occupancy);
        long objective = occupancy.objective();
        long integerBound = Math.max(objective, (long) Math.floor(bound + 1e-6));
        String status = !boundProven ? "ROUND_LIMIT" : objective >= integerBound ? "OPTIMAL" : "FEASIBLE";
        return new Plan(name(), Explanations.of(in, occupancy), objective, integerBound, occupancy.placedCases(),
                occupancy.placedPersons(), (System.nanoTime() - started) / 1e9, status);
    }

    /** Families the LP placed in part or in pieces, most placed first. */
    private static int[] splitFamilies(Instance in, TransportationLp.Solution lp, TransportationLp.Remaining remaining) {
        return IntStream.range(0, in.cases())
                .filter(c -> !remaining.excluded()[c] && lp.placedPersons(c) > 0 && !lp.whole(in, c))
                .boxed()
                .sorted((x, y) -> Double.compare(lp.placedPersons(y) / (double) in.size(y), lp.placedPersons(x) / (double) in.size(x)))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Places a split family whole where the LP put most of it and it fits, or sets it aside for the repair. */
    private static void decide(Instance in, TransportationLp.Solution lp, Occupancy occupancy, int c) {
        if (2 * lp.placedPersons(c) < in.size(c)) {
            return;
        }
        List<Integer> byFlow = new ArrayList<>();
        for (int i = lp.activeStart()[c]; i < lp.activeStart()[c + 1]; i++) {
            if (lp.activeFlow()[i] > 0) {
                byFlow.add(i);
            }
        }
        byFlow.sort((x, y) -> Long.compare(lp.activeFlow()[y], lp.activeFlow()[x]));
        for (int i : byFlow) {
            if (occupancy.fits(c, lp.activePair()[i])) {
                occupancy.place(c, lp.activePair()[i]);
                return;
            }
        }
    }

    private static void placeWhole(Instance in, TransportationLp.Solution lp, Occupancy occupancy, int c) {
        for (int i = lp.activeStart()[c]; i < lp.activeStart()[c + 1]; i++) {
            if (lp.activeFlow()[i] == in.size(c) && occupancy.fits(c, lp.activePair()[i])) {
                occupancy.place(c, lp.activePair()[i]);
                return;
            }
        }
    }

    /** Greedy placement of what is left, then moves and swaps until none improves the plan. */
    static void repair(Instance in, Occupancy occupancy) {
        boolean improved = true;
        while (improved) {
            int[] unplaced = IntStream.range(0, in.cases()).filter(c -> !occupancy.placed(c)).toArray();
            int placed = occupancy.fillGreedily(Occupancy.byBestValuePerPerson(in, unplaced));
            int moved = occupancy.improveByMoves();
            unplaced = IntStream.range(0, in.cases()).filter(c -> !occupancy.placed(c)).toArray();
            int swapped = occupancy.improveBySwaps(Occupancy.byBestValuePerPerson(in, unplaced));
            improved = placed + moved + swapped > 0;
        }
    }
}
