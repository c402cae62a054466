package org.acogida.reception;

import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.internal.CaseEvents;
import org.acogida.reception.internal.CaseRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules write to a case's timeline and audit trail, in their own transaction. The
 * detail is a code or a value for the event's message, never free text from a protection claim:
 * everyone who may open the case reads the timeline.
 */
@Component
public class CaseTimeline {

    private final CaseRecords cases;
    private final CaseEvents events;
    private final AuditLog audit;
    private final java.time.Clock clock;

    CaseTimeline(CaseRecords cases, CaseEvents events, AuditLog audit, java.time.Clock clock) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that something happened to the case (kind names the message case-event.KIND) and
     * audits the change to the record of {@code recordType}. Fails with {@link CaseNotFound} for a
     * case that is not the member's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReceptionCase record(UUID caseId, String kind, String detail, AuditAction action, String recordType, Object recordId) {
        ReceptionCase found = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        events.add(caseId, kind, detail, Actors.require().userId(), clock.instant());
        audit.record(action, recordType, recordId, found.memberState());
        return found;
    }
}
