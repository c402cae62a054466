package org.acogida.coalition.statistics;

import java.util.Arrays;

/**
 * Values that add up to a published total: a row of cells and its row total, a column of row
 * totals and the grand total, and so on. Entries are numbered as in {@link Shape}.
 *
 * @param members the entries that add up, in reading order
 * @param total   the entry that is their sum
 */
record Line(int[] members, int total) {

    /** Every entry of the line: its members, then its total. */
    int[] entries() {
        int[] entries = Arrays.copyOf(members, members.length + 1);
        entries[members.length] = total;
        return entries;
    }
}
