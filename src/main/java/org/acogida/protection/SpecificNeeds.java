package org.acogida.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The screening code lists. Specific needs follow UNHCR's standardised specific-needs codes (the
 * category, then the need: SC-UC is an unaccompanied child), shown as {@code need.CODE}; health
 * flags are Acogida's own, for what the reception's medical staff must see first, shown as
 * {@code need.HEALTH-...}. Sources in docs/reference/FACTS.md.
 */
public final class SpecificNeeds {

    /** Categories in UNHCR's order, each with its codes; shown as {@code need-category.XX}. */
    public static final Map<String, List<String>> BY_CATEGORY = categories();

    /** The unaccompanied and separated children codes: any of them starts the child-protection workflow. */
    public static final Set<String> UNACCOMPANIED_CHILD = Set.of("SC-UC", "SC-SC", "SC-CH");

    public static final List<String> HEALTH = List.of("HEALTH-URGENT", "HEALTH-CHRONIC", "HEALTH-MEDICATION", "HEALTH-INJURY",
            "HEALTH-PREGNANT", "HEALTH-MOBILITY", "HEALTH-MENTAL", "HEALTH-INFECTIOUS");

    private static final Set<String> ALL = all();

    private SpecificNeeds() {
    }

    public static boolean isKnown(String code) {
        return ALL.contains(code);
    }

    public static boolean isHealth(String code) {
        return code.startsWith("HEALTH-");
    }

    private static Map<String, List<String>> categories() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("SC", List.of("SC-UC", "SC-SC", "SC-CH", "SC-IC", "SC-FC"));
        map.put("CR", List.of("CR-CP", "CR-CS", "CR-CC", "CR-TP", "CR-LW", "CR-LO", "CR-NE", "CR-SE", "CR-AF", "CR-CL"));
        map.put("WR", List.of("WR-WR", "WR-SF", "WR-HR"));
        map.put("SP", List.of("SP-PT", "SP-GP", "SP-CG"));
        map.put("ER", List.of("ER-NF", "ER-MC", "ER-FR"));
        map.put("DS", List.of("DS-BD", "DS-DF", "DS-PM", "DS-PS", "DS-MM", "DS-MS", "DS-SD"));
        map.put("SM", List.of("SM-MI", "SM-MN", "SM-CI", "SM-CC", "SM-OT", "SM-AD"));
        map.put("PG", List.of("PG-LC", "PG-HR"));
        map.put("FU", List.of("FU-TR", "FU-FR"));
        map.put("SV", List.of("SV-VA", "SV-VO", "SV-VF", "SV-GM", "SV-HK"));
        map.put("TR", List.of("TR-PI", "TR-HO", "TR-WV"));
        map.put("LP", List.of("LP-ND", "LP-BN", "LP-AN", "LP-RR", "LP-MD"));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Set<String> all() {
        Set<String> codes = BY_CATEGORY.values().stream().flatMap(List::stream).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        codes.addAll(HEALTH);
        return java.util.Collections.unmodifiableSet(codes);
    }
}
