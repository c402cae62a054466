package org.acogida.placement.engine;

/**
 * Today's practice, as a baseline: cases in arrival order, each to its best-scoring locality that
 * still has room for the whole family and whose country's quota is not reached.
 */
public final class FirstComeFirstServed implements PlacementMethod {

    @Override
    public String name() {
        return "first-come-first-served";
    }

    @Override
    public Plan place(Instance in, Progress progress) {
        long started = System.nanoTime();
        Occupancy occupancy = new Occupancy(in);
        int[] arrival = new int[in.cases()];
        for (int c = 0; c < arrival.length; c++) {
            arrival[c] = c;
        }
        occupancy.fillGreedily(arrival);
        return new Plan(name(), Explanations.of(in, occupancy), occupancy.objective(), Double.NaN, occupancy.placedCases(),
                occupancy.placedPersons(), (System.nanoTime() - started) / 1e9, "HEURISTIC");
    }
}
