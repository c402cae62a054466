package org.acogida.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.internal.CaseEventRecords;
import org.acogida.cases.internal.CaseRecords;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to a case and who did it. Modules write here in the transaction of their own change,
 * so that the timeline and the audit trail never disagree with the record. The detail is a code or a
 * value for the event's message, never free text from a protection claim: everyone who may open the
 * case reads the timeline.
 */
@Component
public class CaseTimeline {

    private final CaseRecords cases;
    private final CaseEventRecords events;
    private final AuditLog audit;
    private final Clock clock;

    CaseTimeline(CaseRecords cases, CaseEventRecords events, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How many of the member's cases had an event of each of these kinds in [from, to), once per
     * case, by the person's sex: counts only, for the member's reports to the secretariat.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.util.Map<String, Integer>> casesWithEvents(java.util.Collection<String> kinds, Instant from, Instant to) {
        return events.casesWithEvents(kinds, from, to);
    }

    /**
     * Records that something happened to the case now, and audits the change to the record of
     * {@code recordType}. Fails with {@link CaseNotFound} for a case that is not the member's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Case record(UUID caseId, CaseEventKind kind, String detail, AuditAction action, String recordType, Object recordId) {
        Case found = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        events.add(caseId, kind.name(), detail, actor(), clock.instant());
        audit.record(action, recordType, recordId, found.memberState());
        return found;
    }

    /**
     * The same event on the member's cases at a given time, as when a flight lands; the caller
     * audits its own change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(List<UUID> caseIds, CaseEventKind kind, String detail, Instant at) {
        events.addAll(caseIds, kind.name(), detail, actor(), at);
    }

    /** Who acts: the signed-in user, or nobody for a system task (a listener acting for the member). */
    private static UUID actor() {
        return Actors.current().map(Actor::userId).orElse(null);
    }

    /** The case's timeline, the latest first. */
    @Transactional(readOnly = true)
    public List<CaseEvent> of(UUID caseId) {
        return events.timeline(caseId);
    }

    /** The latest event on the case: who changed it last, and when. */
    @Transactional(readOnly = true)
    public Optional<CaseEvent> latest(UUID caseId) {
        return events.timeline(caseId).stream().findFirst();
    }
}
