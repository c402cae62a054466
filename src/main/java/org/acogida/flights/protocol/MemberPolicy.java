package org.acogida.flights.protocol;

import java.util.Set;

/**
 * A member's own acceptance rules.
 *
 * @param allowedNationalities empty: any nationality within the quota
 */
public record MemberPolicy(String memberState, NationalsRule nationals, String nationalsConditions, NonNationalsRule nonNationals,
                           int nonNationalMonthlyQuota, boolean humanitarianPathway, Set<String> allowedNationalities, int version) {

    public enum NationalsRule { ACCEPT, ACCEPT_WITH_CONDITIONS }

    public enum NonNationalsRule { REFUSE, QUOTA }

    /** The policy a member has until its coordinator sets one: nationals accepted, non-nationals refused. */
    public static MemberPolicy initial(String memberState) {
        return new MemberPolicy(memberState, NationalsRule.ACCEPT, null, NonNationalsRule.REFUSE, 0, false, Set.of(), 0);
    }

    public boolean admitsNationality(String iso3) {
        return nonNationals == NonNationalsRule.QUOTA && (allowedNationalities.isEmpty() || allowedNationalities.contains(iso3));
    }
}
