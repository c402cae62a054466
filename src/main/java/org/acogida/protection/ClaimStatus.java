package org.acogida.protection;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a fear-of-return claim stands, from its recording at reception to the national asylum
 * authority's decision. Each status names the ones that may follow it; a person may withdraw at
 * any time before a final decision.
 */
public enum ClaimStatus {
    RECORDED, REFERRED, UNDER_DETERMINATION, RECOGNISED, COMPLEMENTARY_PROTECTION, REJECTED, APPEALED, WITHDRAWN;

    private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = Map.of(
            RECORDED, EnumSet.of(REFERRED, WITHDRAWN),
            REFERRED, EnumSet.of(UNDER_DETERMINATION, WITHDRAWN),
            UNDER_DETERMINATION, EnumSet.of(RECOGNISED, COMPLEMENTARY_PROTECTION, REJECTED, WITHDRAWN),
            REJECTED, EnumSet.of(APPEALED),
            APPEALED, EnumSet.of(RECOGNISED, COMPLEMENTARY_PROTECTION, REJECTED, WITHDRAWN),
            RECOGNISED, EnumSet.noneOf(ClaimStatus.class),
            COMPLEMENTARY_PROTECTION, EnumSet.noneOf(ClaimStatus.class),
            WITHDRAWN, EnumSet.noneOf(ClaimStatus.class));

    public Set<ClaimStatus> next() {
        return NEXT.get(this);
    }

    public boolean mayBeFollowedBy(ClaimStatus status) {
        return next().contains(status);
    }
}
