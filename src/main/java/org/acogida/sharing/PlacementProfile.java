package org.acogida.sharing;

import java.util.List;
import java.util.Set;

/**
 * What another member sees of a person offered for placement before it accepts: nothing that
 * names them. {@code members} is the family that travels together, the person first; ages are in
 * bands; {@code education} an ISCED 2011 level, {@code occupationGroup} an ISCO-08 major group (one
 * digit); {@code needs} the UNHCR specific-needs categories (and HEALTH) without violence or torture;
 * {@code mustNotBeSentTo} the countries the person is marked against (ISO 3166-1 alpha-3).
 */
public record PlacementProfile(List<Member> members, List<String> languages, String education, String occupationGroup, Set<String> needs,
                               Set<String> mustNotBeSentTo) {

    /** One person of the family: an age band (such as 18-24, or UNKNOWN) and sex (F, M or X). */
    public record Member(String ageBand, String sex) {}

    public int familySize() {
        return members.size();
    }
}
