package org.acogida.reception;

import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.reception.internal.CaseEvents;
import org.acogida.reception.internal.CaseRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A case as its page shows it: the person, their family on the same flight, and the timeline. */
@Component
public class CaseFile {

    private final CaseRecords cases;
    private final CaseEvents events;
    private final AuditLog audit;

    CaseFile(CaseRecords cases, CaseEvents events, AuditLog audit) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
    }

    public record View(ReceptionCase receptionCase, List<ReceptionCase> family, List<CaseEvent> timeline) {}

    /** The case, its family and timeline; opening a person's case is recorded in the audit trail. */
    @Transactional
    public View open(UUID caseId) {
        ReceptionCase found = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        audit.record(AuditAction.READ, "reception_case", caseId, found.memberState());
        List<ReceptionCase> family = found.familyUnitId() == null || found.flightId() == null ? List.of()
                : cases.family(found.flightId(), found.familyUnitId(), caseId);
        return new View(found, family, events.timeline(caseId));
    }

    /** The cases created from a flight, in the order they were created. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> ofFlight(UUID flightId) {
        return cases.ofFlight(flightId);
    }
}
