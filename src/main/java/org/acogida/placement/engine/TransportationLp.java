package org.acogida.placement.engine;

import java.util.Arrays;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The LP relaxation of the placement problem, solved exactly. Put f = size·x (persons instead of
 * families): the relaxation is a transportation problem, case → locality → country → out, with a
 * profit of score/size per person. OR-Tools' min-cost flow solves it exactly in integers, after
 * every profit is scaled by the least common multiple of the family sizes.
 *
 * <p>An instance can hold tens of millions of pairs, most of which no optimal solution uses. So
 * the flow is first solved on each case's few best arcs; its dual prices (one per locality and
 * country) then price every pair of the instance in one pass, the pairs that would improve the
 * flow are added, and the flow is solved again, until no pair improves it: column generation.
 * Whatever the round, the prices give a valid upper bound on every placement (LP duality), so the
 * bound the engine reports is always proven, and at the end it equals the LP optimum.
 *
 * <p>With unit cases the constraint matrix is a network matrix, so the LP optimum is integral:
 * the flow is an optimal placement.
 */
final class TransportationLp {

    /**
     * The flow on the pairs that ended up in the model ({@code activePair[i]} carries
     * {@code activeFlow[i]} persons), grouped by case: case c's entries are
     * {@code activeStart[c]} to {@code activeStart[c + 1]}.
     */
    record Solution(int[] activeStart, int[] activePair, long[] activeFlow, double lpObjective, double upperBound,
                    int rounds, boolean optimal, long[] active) {

        /** The persons of case c the flow placed, and whether they all went to one locality. */
        boolean whole(Instance in, int c) {
            for (int i = activeStart[c]; i < activeStart[c + 1]; i++) {
                if (activeFlow[i] == in.size(c)) {
                    return true;
                }
            }
            return false;
        }

        long placedPersons(int c) {
            long placed = 0;
            for (int i = activeStart[c]; i < activeStart[c + 1]; i++) {
                placed += activeFlow[i];
            }
            return placed;
        }
    }

    /**
     * The problem as it stands: which cases are still to be decided (others are excluded, already
     * placed or set aside) and the room left for them.
     */
    record Remaining(boolean[] excluded, int[] capacity, int[] quota) {

        static Remaining everything(Instance in) {
            int[] capacity = new int[in.localities()];
            for (int a = 0; a < capacity.length; a++) {
                capacity[a] = in.capacity(a);
            }
            int[] quota = new int[in.countries()];
            for (int k = 0; k < quota.length; k++) {
                quota[k] = in.quota(k);
            }
            return new Remaining(new boolean[in.cases()], capacity, quota);
        }
    }

    private final Instance in;
    private final Remaining remaining;
    private final EngineSettings settings;
    private final PlacementMethod.Progress progress;
    private final long scale;
    private final long[] active;

    private TransportationLp(Instance in, Remaining remaining, long[] warmStart, EngineSettings settings, PlacementMethod.Progress progress) {
        this.in = in;
        this.remaining = remaining;
        this.settings = settings;
        this.progress = progress;
        this.scale = scaleFor(in);
        this.active = warmStart != null ? warmStart.clone() : new long[Math.toIntExact((in.pairs() + 63) / 64)];
        if (warmStart == null) {
            activateBestArcs(settings.initialArcsPerCase());
        }
    }

    static Solution solve(Instance in, EngineSettings settings, PlacementMethod.Progress progress) {
        return solve(in, Remaining.everything(in), null, settings, progress);
    }

    /** Solves the LP of what remains, starting from the arcs of an earlier solution when given. */
    static Solution solve(Instance in, Remaining remaining, long[] warmStart, EngineSettings settings, PlacementMethod.Progress progress) {
        OrTools.load();
        return new TransportationLp(in, remaining, warmStart, settings, progress).run();
    }

    /**
     * Solves the flow of what remains on the arcs of an earlier solution only, without pricing the
     * others: a step of the rounding, which needs a good flow, not a certificate. Its bound is not
     * proven and is reported as NaN.
     */
    static Solution resolve(Instance in, Remaining remaining, long[] arcs, EngineSettings settings) {
        OrTools.load();
        TransportationLp lp = new TransportationLp(in, remaining, arcs, settings, PlacementMethod.Progress.SILENT);
        Flow flow = lp.solveFlow();
        return new Solution(flow.activeStart, flow.activePair, flow.activeFlow, flow.objective / (double) lp.scale, Double.NaN, 1, false, arcs);
    }

    /** Profit per person of pair p, scaled to an integer: score × (scale / size). */
    private long value(int c, int p) {
        return in.pairScore(p) * (scale / in.size(c));
    }

    private Solution run() {
        Solution last = null;
        for (int round = 1; round <= settings.maxRounds(); round++) {
            Flow flow = solveFlow();
            Prices prices = prices(flow);
            Pricing pricing = price(prices, settings.arcsAddedPerCase());
            double lp = flow.objective / (double) scale;
            double bound = pricing.bound / (double) scale;
            last = new Solution(flow.activeStart, flow.activePair, flow.activeFlow, lp, bound, round, pricing.added == 0, active);
            progress.report(String.format("round %d: LP %.1f, bound %.1f, %d arcs, %d added", round, lp, bound, flow.activePair.length, pricing.added));
            if (pricing.added == 0) {
                return last;
            }
        }
        return last;
    }

    /** Activates each case's best arcs by profit per person, which is where most optimal flow goes. */
    private void activateBestArcs(int perCase) {
        int[] best = new int[perCase];
        for (int c = 0; c < in.cases(); c++) {
            int count = 0;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (count < perCase) {
                    best[count++] = p;
                } else {
                    int worst = 0;
                    for (int i = 1; i < count; i++) {
                        if (in.pairScore(best[i]) < in.pairScore(best[worst])) {
                            worst = i;
                        }
                    }
                    if (in.pairScore(p) > in.pairScore(best[worst])) {
                        best[worst] = p;
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                activate(best[i]);
            }
        }
    }

    private void activate(int p) {
        active[p >>> 6] |= 1L << p;
    }

    private boolean isActive(int p) {
        return (active[p >>> 6] & (1L << p)) != 0;
    }

    private record Flow(int[] activeStart, int[] activePair, long[] activeFlow, long objective) {}

    /** Min-cost flow on the active arcs: every case sends its persons to localities or, unplaced, straight out. */
    private Flow solveFlow() {
        int n = in.cases();
        int m = in.localities();
        int k = in.countries();
        int[] start = new int[n + 1];
        int count = 0;
        for (int c = 0; c < n; c++) {
            start[c] = count;
            if (remaining.excluded()[c]) {
                continue;
            }
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (isActive(p)) {
                    count++;
                }
            }
        }
        start[n] = count;
        int[] pairs = new int[count];
        int[] arcs = new int[count];
        int out = n + m + k;
        MinCostFlow flow = new MinCostFlow(out + 1, count + n + m + k);
        try {
            long persons = 0;
            int next = 0;
            for (int c = 0; c < n; c++) {
                if (remaining.excluded()[c]) {
                    continue;
                }
                int size = in.size(c);
                persons += size;
                flow.setNodeSupply(c, size);
                flow.addArcWithCapacityAndUnitCost(c, out, size, 0);
                for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                    if (isActive(p)) {
                        pairs[next] = p;
                        arcs[next] = flow.addArcWithCapacityAndUnitCost(c, n + in.pairLocality(p), size, -value(c, p));
                        next++;
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                flow.addArcWithCapacityAndUnitCost(n + a, n + m + in.countryOf(a), remaining.capacity()[a], 0);
            }
            for (int country = 0; country < k; country++) {
                flow.addArcWithCapacityAndUnitCost(n + m + country, out, remaining.quota()[country], 0);
            }
            flow.setNodeSupply(out, -persons);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("Min-cost flow ended with " + status);
            }
            long[] carried = new long[count];
            for (int i = 0; i < count; i++) {
                carried[i] = flow.getFlow(arcs[i]);
            }
            return new Flow(start, pairs, carried, -flow.getOptimalCost());
        } finally {
            flow.delete();
        }
    }

    /** Dual prices per person (scaled): one per locality (for its capacity) and one per country (for its quota). */
    private record Prices(long[] locality, long[] country) {}

    /**
     * Reads dual prices off the optimal flow. Cases only connect localities, so the flow's residual
     * network shrinks to a graph on the localities, the countries and the exit: moving a person of
     * case c from locality a to b costs value(c,a) − value(c,b), and so on. Shortest distances in
     * that small graph (Bellman–Ford; no negative cycle at an optimum) are node potentials, and the
     * prices are the potential differences across each capacity and quota arc.
     */
    private Prices prices(Flow flow) {
        int m = in.localities();
        int k = in.countries();
        int nodes = m + k + 1;
        int exit = m + k;
        long infinity = Long.MAX_VALUE / 4;
        long[] weight = new long[nodes * nodes];
        Arrays.fill(weight, infinity);
        long[] localityFlow = new long[m];
        for (int c = 0; c < in.cases(); c++) {
            if (remaining.excluded()[c]) {
                continue;
            }
            int from = flow.activeStart[c];
            int to = flow.activeStart[c + 1];
            long placed = 0;
            for (int i = from; i < to; i++) {
                if (flow.activeFlow[i] > 0) {
                    int a = in.pairLocality(flow.activePair[i]);
                    long va = value(c, flow.activePair[i]);
                    localityFlow[a] += flow.activeFlow[i];
                    placed += flow.activeFlow[i];
                    lower(weight, a * nodes + exit, va);
                    for (int j = from; j < to; j++) {
                        int b = in.pairLocality(flow.activePair[j]);
                        if (b != a) {
                            lower(weight, a * nodes + b, va - value(c, flow.activePair[j]));
                        }
                    }
                }
            }
            if (placed < in.size(c)) {
                for (int j = from; j < to; j++) {
                    lower(weight, exit * nodes + in.pairLocality(flow.activePair[j]), -value(c, flow.activePair[j]));
                }
            }
        }
        long[] countryFlow = new long[k];
        for (int a = 0; a < m; a++) {
            int country = m + in.countryOf(a);
            countryFlow[in.countryOf(a)] += localityFlow[a];
            if (localityFlow[a] < remaining.capacity()[a]) {
                lower(weight, a * nodes + country, 0);
            }
            if (localityFlow[a] > 0) {
                lower(weight, country * nodes + a, 0);
            }
        }
        for (int country = 0; country < k; country++) {
            if (countryFlow[country] < remaining.quota()[country]) {
                lower(weight, (m + country) * nodes + exit, 0);
            }
            if (countryFlow[country] > 0) {
                lower(weight, exit * nodes + m + country, 0);
            }
        }
        long[] potential = shortestDistances(weight, nodes, infinity);
        long[] localityPrice = new long[m];
        for (int a = 0; a < m; a++) {
            localityPrice[a] = Math.max(0, potential[m + in.countryOf(a)] - potential[a]);
        }
        long[] countryPrice = new long[k];
        for (int country = 0; country < k; country++) {
            countryPrice[country] = Math.max(0, potential[exit] - potential[m + country]);
        }
        return new Prices(localityPrice, countryPrice);
    }

    private static void lower(long[] weight, int index, long value) {
        if (value < weight[index]) {
            weight[index] = value;
        }
    }

    /** Bellman–Ford from a virtual root joined to every node at no cost. */
    private static long[] shortestDistances(long[] weight, int nodes, long infinity) {
        int[] edgeFrom = new int[nodes * nodes];
        int[] edgeTo = new int[nodes * nodes];
        long[] edgeWeight = new long[nodes * nodes];
        int edges = 0;
        for (int u = 0; u < nodes; u++) {
            for (int v = 0; v < nodes; v++) {
                long w = weight[u * nodes + v];
                if (w < infinity && u != v) {
                    edgeFrom[edges] = u;
                    edgeTo[edges] = v;
                    edgeWeight[edges] = w;
                    edges++;
                }
            }
        }
        long[] distance = new long[nodes];
        for (int iteration = 0; iteration <= nodes; iteration++) {
            boolean changed = false;
            for (int e = 0; e < edges; e++) {
                long candidate = distance[edgeFrom[e]] + edgeWeight[e];
                if (candidate < distance[edgeTo[e]]) {
                    distance[edgeTo[e]] = candidate;
                    changed = true;
                }
            }
            if (!changed) {
                return distance;
            }
        }
        throw new IllegalStateException("Negative cycle in the residual network: the flow was not optimal");
    }

    private record Pricing(long bound, int added) {}

    /**
     * Prices every pair. A case's dual value is the best reduced profit it can get (0 if staying
     * unplaced is best); the bound is the dual objective. Pairs that beat the case's best active
     * arc are added, the most improving first.
     */
    private Pricing price(Prices prices, int addPerCase) {
        long bound = 0;
        int added = 0;
        int[] candidates = new int[addPerCase];
        long[] gains = new long[addPerCase];
        for (int c = 0; c < in.cases(); c++) {
            if (remaining.excluded()[c]) {
                continue;
            }
            long bestActive = 0;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (isActive(p)) {
                    bestActive = Math.max(bestActive, reduced(c, p, prices));
                }
            }
            long best = bestActive;
            int found = 0;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (isActive(p)) {
                    continue;
                }
                long gain = reduced(c, p, prices);
                if (gain > bestActive) {
                    best = Math.max(best, gain);
                    if (found < addPerCase) {
                        candidates[found] = p;
                        gains[found] = gain;
                        found++;
                    } else {
                        int weakest = 0;
                        for (int i = 1; i < found; i++) {
                            if (gains[i] < gains[weakest]) {
                                weakest = i;
                            }
                        }
                        if (gain > gains[weakest]) {
                            candidates[weakest] = p;
                            gains[weakest] = gain;
                        }
                    }
                }
            }
            for (int i = 0; i < found; i++) {
                activate(candidates[i]);
            }
            added += found;
            bound += best * in.size(c);
        }
        for (int a = 0; a < in.localities(); a++) {
            bound += prices.locality[a] * remaining.capacity()[a];
        }
        for (int country = 0; country < in.countries(); country++) {
            bound += prices.country[country] * remaining.quota()[country];
        }
        return new Pricing(bound, added);
    }

    private long reduced(int c, int p, Prices prices) {
        int a = in.pairLocality(p);
        return value(c, p) - prices.locality[a] - prices.country[in.countryOf(a)];
    }

    /**
     * The least common multiple of the family sizes, so that score/size is an integer for every
     * family. Sizes above 12 are rare; their lcm could overflow the flow's cost range, so the
     * engine refuses them rather than round profits silently.
     */
    static long scaleFor(Instance in) {
        long lcm = 1;
        boolean[] seen = new boolean[13];
        for (int c = 0; c < in.cases(); c++) {
            int size = in.size(c);
            if (size > 12) {
                throw new IllegalArgumentException("Case " + in.caseId(c) + " has " + size
                        + " members; the engine handles families of up to 12 (split larger groups into family units)");
            }
            if (!seen[size]) {
                seen[size] = true;
                lcm = lcm / gcd(lcm, size) * size;
            }
        }
        return lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
