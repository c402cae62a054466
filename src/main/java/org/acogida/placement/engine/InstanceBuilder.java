package org.acogida.placement.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles an {@link Instance}: countries, localities and cases first, then each case's pairs,
 * case by case. Checks that every id is known and every pair appears once; a caller that reads
 * files turns these refusals into errors naming the file and line.
 */
public final class InstanceBuilder {

    private final List<String> countryCodes = new ArrayList<>();
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private int[] quota = new int[8];

    private final List<String> localityIds = new ArrayList<>();
    private final Map<String, Integer> localityIndex = new HashMap<>();
    private int[] localityCountry = new int[64];
    private int[] capacity = new int[64];

    private final List<String> caseIds = new ArrayList<>();
    private final Map<String, Integer> caseIndex = new HashMap<>();
    private int[] size = new int[1024];

    private int[] pairCase = new int[4096];
    private int[] pairLocality = new int[4096];
    private int[] pairScore = new int[4096];
    private int pairCount;

    public int country(String code, int quotaPersons) {
        if (countryIndex.containsKey(code)) {
            throw new IllegalArgumentException("country " + code + " appears twice");
        }
        if (quotaPersons < 0) {
            throw new IllegalArgumentException("quota must be zero or more, not " + quotaPersons);
        }
        int k = countryCodes.size();
        countryCodes.add(code);
        countryIndex.put(code, k);
        quota = ensure(quota, k + 1);
        quota[k] = quotaPersons;
        return k;
    }

    public int locality(String id, String countryCode, int capacityPersons) {
        if (localityIndex.containsKey(id)) {
            throw new IllegalArgumentException("locality " + id + " appears twice");
        }
        if (capacityPersons < 0) {
            throw new IllegalArgumentException("capacity must be zero or more, not " + capacityPersons);
        }
        Integer k = countryIndex.get(countryCode);
        if (k == null) {
            throw new IllegalArgumentException("country " + countryCode + " has no quota in quotas.csv");
        }
        int a = localityIds.size();
        localityIds.add(id);
        localityIndex.put(id, a);
        localityCountry = ensure(localityCountry, a + 1);
        capacity = ensure(capacity, a + 1);
        localityCountry[a] = k;
        capacity[a] = capacityPersons;
        return a;
    }

    public int addCase(String id, int persons) {
        if (caseIndex.containsKey(id)) {
            throw new IllegalArgumentException("case " + id + " appears twice");
        }
        if (persons < 1) {
            throw new IllegalArgumentException("size must be 1 or more, not " + persons);
        }
        int c = caseIds.size();
        caseIds.add(id);
        caseIndex.put(id, c);
        size = ensure(size, c + 1);
        size[c] = persons;
        return c;
    }

    public int caseIndex(String id) {
        Integer c = caseIndex.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown case " + id + " (not in cases.csv)");
        }
        return c;
    }

    public int localityIndex(String id) {
        Integer a = localityIndex.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown locality " + id + " (not in localities.csv)");
        }
        return a;
    }

    /** A compatible pair; pairs may come in any order. A repeated pair is refused when the instance is built. */
    public void pair(int c, int a, int score) {
        if (score < 0) {
            throw new IllegalArgumentException("score must be zero or more, not " + score);
        }
        if (pairCount == pairCase.length) {
            int grown = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, (long) pairCount * 2));
            pairCase = Arrays.copyOf(pairCase, grown);
            pairLocality = Arrays.copyOf(pairLocality, grown);
            pairScore = Arrays.copyOf(pairScore, grown);
        }
        pairCase[pairCount] = c;
        pairLocality[pairCount] = a;
        pairScore[pairCount] = score;
        pairCount++;
    }

    public Instance build() {
        int n = caseIds.size();
        int[] start = new int[n + 1];
        for (int i = 0; i < pairCount; i++) {
            start[pairCase[i] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] locality = new int[pairCount];
        int[] score = new int[pairCount];
        for (int i = 0; i < pairCount; i++) {
            int at = fill[pairCase[i]]++;
            locality[at] = pairLocality[i];
            score[at] = pairScore[i];
        }
        pairCase = null;
        pairLocality = null;
        pairScore = null;
        return new Instance(caseIds.toArray(String[]::new), Arrays.copyOf(size, n), localityIds.toArray(String[]::new),
                Arrays.copyOf(localityCountry, localityIds.size()), Arrays.copyOf(capacity, localityIds.size()),
                countryCodes.toArray(String[]::new), Arrays.copyOf(quota, countryCodes.size()), start, locality, score);
    }

    public int localityCount() {
        return localityIds.size();
    }

    public String caseId(int c) {
        return caseIds.get(c);
    }

    public String localityId(int a) {
        return localityIds.get(a);
    }

    private static int[] ensure(int[] array, int length) {
        return array.length >= length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }
}
