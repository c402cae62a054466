package org.acogida.cases;

import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.internal.CaseRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's cases: opening them for people who arrive, finding them, the family that travelled
 * together and the person's other cases, and the changes that move a case's version on. A case of
 * another member is not found.
 */
@Component
public class Cases {

    /** The record type of a case in the audit trail (its name from before cases were their own module). */
    public static final String AUDITED_AS = "reception_case";

    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Duplicates duplicates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Cases(CaseRecords records, CaseTimeline timeline, Duplicates duplicates, AuditLog audit, ApplicationEventPublisher events) {
        this.records = records;
        this.timeline = timeline;
        this.duplicates = duplicates;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Opens these cases in the caller's transaction, with their first event on the timeline, an
     * audit entry each and the possible duplicates among the member's earlier cases proposed. Their
     * numbers are given by the database: read them back with {@link #inOrder}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(List<Case> opened, CaseEventKind firstEvent, String detail) {
        if (opened.isEmpty()) {
            return;
        }
        records.insertAll(opened);
        duplicates.proposeFor(opened);
        List<UUID> ids = opened.stream().map(Case::id).toList();
        timeline.note(ids, firstEvent, detail, opened.getFirst().createdAt());
        for (Case c : opened) {
            audit.record(AuditAction.CREATE, AUDITED_AS, c.id(), c.memberState());
            events.publishEvent(new CaseOpened(c.id(), c.personId(), c.memberState(), c.openedOn()));
        }
    }

    /** The case, for a module acting on it. */
    @Transactional(readOnly = true)
    public Case find(UUID caseId) {
        return records.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
    }

    /**
     * The case, for a module about to change it: a case handed over to another member is a
     * read-only record here, and no module changes it ({@link CaseHandedOver}).
     */
    @Transactional(readOnly = true)
    public Case forChange(UUID caseId) {
        Case found = find(caseId);
        if (found.status() == CaseStatus.TRANSFERRED) {
            throw CaseHandedOver.forId(caseId);
        }
        return found;
    }

    /**
     * Hands these cases over to another member, in the caller's transaction (the transfer that
     * sends them): each becomes a read-only record. The caller records it on the timeline with its
     * audit entry. False if one of them was handed over already (it stays as it was).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean handOver(java.util.Collection<UUID> caseIds) {
        return !caseIds.isEmpty() && records.markTransferred(caseIds);
    }

    /** These cases, in the order of the ids given; ids of cases the member does not hold are left out. */
    @Transactional(readOnly = true)
    public List<Case> inOrder(List<UUID> ids) {
        return records.inOrder(ids);
    }

    /** The others of the family that travelled with this case. */
    @Transactional(readOnly = true)
    public List<Case> familyOf(Case c) {
        return c.familyId() == null ? List.of() : records.family(c.familyId(), c.id());
    }

    /** Every case of the same person as this one (this one included): one person deported more than once has several. */
    @Transactional(readOnly = true)
    public List<UUID> casesOfPerson(Case c) {
        return records.casesOfPerson(c.personId());
    }

    /** The member's cases whose document number, folded, is the one typed, the latest first. */
    @Transactional(readOnly = true)
    public List<Case> withDocument(String typed) {
        return records.withDocument(typed);
    }

    /**
     * Sets the case's status if the case is still at the version the person acting saw, moving the
     * version on; false when someone changed the case meanwhile (nothing is written then). The caller
     * records the change on the timeline with its audit entry ({@link CaseTimeline#record}) in the
     * same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatus(UUID caseId, CaseStatus status, int seenVersion) {
        return records.changeStatus(caseId, status, seenVersion);
    }

    /**
     * Writes the identity onto the case if it is still at the version the officer saw, moving the
     * version on; false when someone changed the case meanwhile. Names in the person's own script
     * are searched too. The caller records the change on the timeline with its audit entry
     * ({@link CaseTimeline#record}) in the same transaction, and looks for duplicates again once the
     * change is complete.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean correctIdentity(UUID caseId, int seenVersion, Identity identity, String namesInScript) {
        if (!records.updateIdentity(caseId, seenVersion, identity, namesInScript)) {
            return false;
        }
        events.publishEvent(new IdentityCorrected(caseId, records.find(caseId).orElseThrow().memberState()));
        return true;
    }
}
