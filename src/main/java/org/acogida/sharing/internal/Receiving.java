package org.acogida.sharing.internal;

import java.time.Clock;
import java.time.Instant;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.ShareStatus;
import org.acogida.sharing.SharingEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member does with a letter it receives, in its own scope and in the transaction that
 * records the letter in its inbox: a letter received twice is read once.
 */
@Component
public class Receiving {

    private final Mail mail;
    private final ShareRecords shares;
    private final ConsentRecords consents;
    private final Profiles profiles;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    Receiving(Mail mail, ShareRecords shares, ConsentRecords consents, Profiles profiles, Cases cases, CaseTimeline timeline, AuditLog audit,
              Clock clock) {
        this.mail = mail;
        this.shares = shares;
        this.consents = consents;
        this.profiles = profiles;
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean receive(Letter letter) {
        if (!mail.receivedFirstTime(letter)) {
            return false;
        }
        Instant now = clock.instant();
        switch (letter.kind()) {
            case OFFER -> {
                Letter.Offer offer = mail.read(letter, Letter.Offer.class);
                shares.insertIncoming(letter.shareId(), letter.sender(), offer.purpose(), offer.reference(), offer.profile(), now);
                audit.record(AuditAction.CREATE, "incoming_share", letter.shareId(), letter.recipient());
            }
            case DECISION -> decided(letter, mail.read(letter, Letter.Decision.class), now);
            case DISCLOSURE -> {
                if (shares.disclose(letter.shareId(), mail.read(letter, Letter.Disclosure.class).disclosure())) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                }
            }
            case REVOCATION -> {
                if (shares.revokeIncoming(letter.shareId(), now)) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                }
            }
        }
        return true;
    }

    /**
     * At the sender: the other member decided. An acceptance sends what the purpose reveals, unless
     * the person withdrew their consent meanwhile: then the share stays revoked, and the other
     * member is told again, since its acceptance crossed the revocation.
     */
    private void decided(Letter letter, Letter.Decision decision, Instant now) {
        OutgoingShare share = shares.outgoing(letter.shareId()).orElseThrow(() -> new IllegalStateException("No share " + letter.shareId()));
        boolean withdrawn = consents.find(share.consentId()).map(c -> c.withdrawn()).orElse(true);
        if (share.status() == ShareStatus.REVOKED || withdrawn) {
            mail.post(share.recipient(), share.id(), Letter.Kind.REVOCATION, new Letter.Revocation());
            return;
        }
        ShareStatus outcome = decision.accepted() ? ShareStatus.ACCEPTED : ShareStatus.REJECTED;
        if (!shares.settleOutgoing(share.id(), ShareStatus.OFFERED, outcome, decision.reason(), now)) {
            return;
        }
        timeline.record(share.caseId(), decision.accepted() ? SharingEvents.SHARE_ACCEPTED : SharingEvents.SHARE_REJECTED, share.recipient(),
                AuditAction.UPDATE, "outgoing_share", share.id());
        if (decision.accepted()) {
            mail.post(share.recipient(), share.id(), Letter.Kind.DISCLOSURE,
                    new Letter.Disclosure(profiles.placementDisclosure(cases.find(share.caseId()), share.profile())));
            audit.record(AuditAction.EXPORT, Cases.AUDITED_AS, share.caseId(), letter.recipient());
        }
    }
}
