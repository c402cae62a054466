package org.acogida.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.CaseTimeline;
import org.acogida.protection.internal.ClaimRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks that travel with a person transferred from another member. The claim that placed them
 * stays with that member (its account never crosses); here each mark names the member and the share
 * it came with, and it is enforced exactly as a mark of a claim recorded here: no movement to the
 * country is written, by the application or by the database.
 */
@Component
public class CarriedMarks {

    private final ClaimRecords claims;
    private final CaseTimeline timeline;
    private final Clock clock;

    CarriedMarks(ClaimRecords claims, CaseTimeline timeline, Clock clock) {
        this.claims = claims;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Marks the case against each country, in the caller's transaction (the one that opens the transferred case); returns how many were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int carry(UUID caseId, Collection<String> countries, String from, String shareReference) {
        Instant now = clock.instant();
        int marked = 0;
        for (String country : countries) {
            if (claims.carryIfAbsent(caseId, country, from, shareReference, now)) {
                marked++;
                timeline.record(caseId, ProtectionEvents.NON_REFOULEMENT, country, AuditAction.CREATE, "non_refoulement", caseId);
            }
        }
        return marked;
    }
}
