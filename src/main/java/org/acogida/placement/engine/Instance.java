package org.acogida.placement.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable snapshot of one placement problem. Cases are family units of {@code size} persons
 * that must stay together; localities belong to countries and hold {@code capacity} persons; each
 * country accepts at most {@code quota} persons. Scores exist only for compatible (case, locality)
 * pairs, stored per case (compressed rows): an absent pair is forbidden.
 *
 * <p>Everything is indexed by position; the external ids are kept for reading and writing.
 */
public final class Instance {

    private final String[] caseIds;
    private final int[] size;
    private final String[] localityIds;
    private final int[] localityCountry;
    private final int[] capacity;
    private final String[] countryCodes;
    private final int[] quota;
    private final int[] caseStart;
    private final int[] pairLocality;
    private final int[] pairScore;

    /** Takes ownership of the arrays: callers (the builder, the generator) hand over fresh ones. */
    Instance(String[] caseIds, int[] size, String[] localityIds, int[] localityCountry, int[] capacity,
             String[] countryCodes, int[] quota, int[] caseStart, int[] pairLocality, int[] pairScore) {
        this.caseIds = caseIds;
        this.size = size;
        this.localityIds = localityIds;
        this.localityCountry = localityCountry;
        this.capacity = capacity;
        this.countryCodes = countryCodes;
        this.quota = quota;
        this.caseStart = caseStart;
        this.pairLocality = pairLocality;
        this.pairScore = pairScore;
        validate();
    }

    private void validate() {
        if (caseStart.length != caseIds.length + 1 || size.length != caseIds.length) {
            throw new IllegalArgumentException("case arrays disagree in length");
        }
        for (int c = 0; c < caseIds.length; c++) {
            if (size[c] < 1) {
                throw new IllegalArgumentException("case " + caseIds[c] + " has size " + size[c]);
            }
        }
        for (int a = 0; a < localityIds.length; a++) {
            if (capacity[a] < 0 || localityCountry[a] < 0 || localityCountry[a] >= countryCodes.length) {
                throw new IllegalArgumentException("locality " + localityIds[a] + " is invalid");
            }
        }
        for (int q : quota) {
            if (q < 0) {
                throw new IllegalArgumentException("negative quota");
            }
        }
        boolean[] seen = new boolean[localityIds.length];
        for (int c = 0; c < caseIds.length; c++) {
            for (int p = caseStart[c]; p < caseStart[c + 1]; p++) {
                int a = pairLocality[p];
                if (a < 0 || a >= localityIds.length || pairScore[p] < 0 || seen[a]) {
                    throw new IllegalArgumentException("case " + caseIds[c] + " has an invalid or repeated pair");
                }
                seen[a] = true;
            }
            for (int p = caseStart[c]; p < caseStart[c + 1]; p++) {
                seen[pairLocality[p]] = false;
            }
        }
    }

    public int cases() {
        return caseIds.length;
    }

    public int localities() {
        return localityIds.length;
    }

    public int countries() {
        return countryCodes.length;
    }

    public long pairs() {
        return pairLocality.length;
    }

    public String caseId(int c) {
        return caseIds[c];
    }

    public int size(int c) {
        return size[c];
    }

    public String localityId(int a) {
        return localityIds[a];
    }

    public int countryOf(int a) {
        return localityCountry[a];
    }

    public int capacity(int a) {
        return capacity[a];
    }

    public String countryCode(int k) {
        return countryCodes[k];
    }

    public int quota(int k) {
        return quota[k];
    }

    /** The pairs of case {@code c} are the indices {@code firstPair(c)} (inclusive) to {@code firstPair(c + 1)} (exclusive). */
    public int firstPair(int c) {
        return caseStart[c];
    }

    public int pairLocality(int p) {
        return pairLocality[p];
    }

    public int pairScore(int p) {
        return pairScore[p];
    }

    public long totalPersons() {
        long total = 0;
        for (int s : size) {
            total += s;
        }
        return total;
    }

    public boolean unitCases() {
        return Arrays.stream(size).allMatch(s -> s == 1);
    }

    /**
     * The same problem for some of the cases only, with the capacities and quotas left for them:
     * what remains to be decided after other cases were placed.
     */
    public Instance residual(int[] keptCases, int[] residualCapacity, int[] residualQuota) {
        int[] start = new int[keptCases.length + 1];
        long pairCount = 0;
        for (int i = 0; i < keptCases.length; i++) {
            pairCount += caseStart[keptCases[i] + 1] - caseStart[keptCases[i]];
        }
        int[] locality = new int[Math.toIntExact(pairCount)];
        int[] score = new int[locality.length];
        String[] ids = new String[keptCases.length];
        int[] sizes = new int[keptCases.length];
        int next = 0;
        for (int i = 0; i < keptCases.length; i++) {
            int c = keptCases[i];
            ids[i] = caseIds[c];
            sizes[i] = size[c];
            start[i] = next;
            int from = caseStart[c];
            int count = caseStart[c + 1] - from;
            System.arraycopy(pairLocality, from, locality, next, count);
            System.arraycopy(pairScore, from, score, next, count);
            next += count;
        }
        start[keptCases.length] = next;
        return new Instance(ids, sizes, localityIds, localityCountry, residualCapacity.clone(), countryCodes,
                residualQuota.clone(), start, locality, score);
    }

    public List<String> localityIdList() {
        return List.of(localityIds);
    }
}
