package org.acogida.sharing.internal;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.sharing.IncomingShare;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.SharingEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracing's last step, once both coordinators agreed to connect: each member tells the other who
 * its person is and how to reach them. Whichever agreement comes second, here or in a letter,
 * sends this member's half; each half is an export of that person's record.
 */
@Component
public class Connections {

    private final Mail mail;
    private final Profiles profiles;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final AuditLog audit;

    Connections(Mail mail, Profiles profiles, Cases cases, CaseTimeline timeline, AuditLog audit) {
        this.mail = mail;
        this.profiles = profiles;
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** At the member that asked: the person looking for their relative, to the member that found them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void connectSeeker(OutgoingShare share) {
        Case seeker = cases.find(share.caseId());
        mail.post(share.recipient(), share.id(), Letter.Kind.DISCLOSURE, new Letter.Disclosure(profiles.connection(seeker)));
        timeline.record(seeker.id(), SharingEvents.TRACING_CONNECTED, share.recipient(), AuditAction.EXPORT, Cases.AUDITED_AS, seeker.id());
    }

    /** At the member that searched: the person it found, to the member that asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void connectFound(IncomingShare share) {
        Case found = cases.find(share.matchedCaseId());
        mail.post(share.sender(), share.id(), Letter.Kind.DISCLOSURE, new Letter.Disclosure(profiles.connection(found)));
        timeline.record(found.id(), SharingEvents.TRACING_CONNECTED, share.sender(), AuditAction.EXPORT, Cases.AUDITED_AS, found.id());
    }
}
