package org.acogida.coalition.statistics;

import java.util.HashSet;
import java.util.List;

/**
 * One way a count table is broken down (member states, categories, months), with the label of
 * each of its values in the order the table shows them.
 */
public record Dimension(String name, List<String> labels) {

    public Dimension {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("The dimension " + name + " has no values");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("The dimension " + name + " names a value twice: " + labels);
        }
    }

    public static Dimension of(String name, String... labels) {
        return new Dimension(name, List.of(labels));
    }

    public int size() {
        return labels.size();
    }
}
