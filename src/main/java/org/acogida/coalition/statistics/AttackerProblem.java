package org.acogida.coalition.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The equations a reader of a published table can write: one unknown per hidden entry, and for
 * each line with an unknown, "its hidden members, minus its total if hidden, equal its published
 * total (or 0) minus its published members". Every unknown is a non-negative count.
 */
final class AttackerProblem {

    private final int[] hiddenEntries;
    private final Simplex start;

    private AttackerProblem(int[] hiddenEntries, Simplex start) {
        this.hiddenEntries = hiddenEntries;
        this.start = start;
    }

    /**
     * @param hidden    whether each entry is hidden
     * @param published the published count of an entry that is not hidden
     */
    static AttackerProblem of(Shape shape, boolean[] hidden, IntUnaryOperator published) {
        int[] variableOf = new int[shape.entries()];
        List<Integer> entries = new ArrayList<>();
        for (int entry = 0; entry < shape.entries(); entry++) {
            variableOf[entry] = hidden[entry] ? entries.size() : -1;
            if (hidden[entry]) {
                entries.add(entry);
            }
        }
        List<double[]> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (Line line : shape.lines()) {
            double[] row = new double[entries.size()];
            double rhs = 0;
            boolean unknown = false;
            for (int member : line.members()) {
                if (hidden[member]) {
                    row[variableOf[member]] = 1;
                    unknown = true;
                } else {
                    rhs -= published.applyAsInt(member);
                }
            }
            if (hidden[line.total()]) {
                row[variableOf[line.total()]] = -1;
                unknown = true;
            } else {
                rhs += published.applyAsInt(line.total());
            }
            if (unknown) {
                a.add(row);
                b.add(rhs);
            }
        }
        Simplex start = Simplex.feasible(a.toArray(double[][]::new), b.stream().mapToDouble(Double::doubleValue).toArray(), entries.size())
                .orElseThrow(() -> new IllegalStateException("The published counts contradict their totals"));
        return new AttackerProblem(entries.stream().mapToInt(Integer::intValue).toArray(), start);
    }

    int variables() {
        return hiddenEntries.length;
    }

    /** The entry of the table an unknown stands for. */
    int entry(int variable) {
        return hiddenEntries[variable];
    }

    /** The greatest value of {@code sign} times the unknown; {@code sign} 0 gives some feasible point. */
    Simplex.Optimum maximise(int variable, int sign) {
        double[] c = new double[hiddenEntries.length];
        if (sign != 0) {
            c[variable] = sign;
        }
        return start.maximise(c);
    }
}
