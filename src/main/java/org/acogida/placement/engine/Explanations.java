package org.acogida.placement.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Why each case goes where it goes: its next best localities by score, each with what ruled it
 * out in the final plan (no room for the family, the country's quota reached, or a lower score),
 * and how many localities were forbidden for it.
 */
final class Explanations {

    static final int ALTERNATIVES = 3;

    private Explanations() {
    }

    static List<Placement> of(Instance in, Occupancy occupancy) {
        List<Placement> placements = new ArrayList<>(in.cases());
        int[] top = new int[ALTERNATIVES];
        for (int c = 0; c < in.cases(); c++) {
            int chosen = occupancy.pairOf(c);
            int count = 0;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (p == chosen) {
                    continue;
                }
                if (count < ALTERNATIVES) {
                    top[count++] = p;
                    for (int i = count - 1; i > 0 && in.pairScore(top[i]) > in.pairScore(top[i - 1]); i--) {
                        int swap = top[i];
                        top[i] = top[i - 1];
                        top[i - 1] = swap;
                    }
                } else if (in.pairScore(p) > in.pairScore(top[count - 1])) {
                    top[count - 1] = p;
                    for (int i = count - 1; i > 0 && in.pairScore(top[i]) > in.pairScore(top[i - 1]); i--) {
                        int swap = top[i];
                        top[i] = top[i - 1];
                        top[i - 1] = swap;
                    }
                }
            }
            List<Alternative> alternatives = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                alternatives.add(new Alternative(in.pairLocality(top[i]), in.pairScore(top[i]), reason(in, occupancy, c, top[i])));
            }
            int degree = in.firstPair(c + 1) - in.firstPair(c);
            placements.add(new Placement(c, occupancy.localityOf(c), occupancy.scoreOf(c), List.copyOf(alternatives),
                    in.localities() - degree));
        }
        return placements;
    }

    private static Reason reason(Instance in, Occupancy occupancy, int c, int p) {
        int a = in.pairLocality(p);
        if (occupancy.placed(c) && in.pairScore(p) <= occupancy.scoreOf(c)) {
            return Reason.LOWER_SCORE;
        }
        if (occupancy.freeCapacity(a) < in.size(c)) {
            return Reason.CAPACITY_FULL;
        }
        if (occupancy.freeQuota(in.countryOf(a)) < in.size(c)) {
            return Reason.QUOTA_REACHED;
        }
        return Reason.LOWER_SCORE;
    }
}
