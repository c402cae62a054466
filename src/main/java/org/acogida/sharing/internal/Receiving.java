package org.acogida.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.sharing.IncomingShare;
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

    /** What became of a letter: received, seen before, or from a member that is not the other party to its share. */
    public enum Received { FIRST_TIME, ALREADY, NOT_A_PARTY }

    /**
     * Receives a letter once. A letter about a share must come from the other party to that share
     * (the envelope's verified sender): a member that learnt a share's id cannot decide, disclose or
     * revoke it. A revocation that arrives before its offer leaves a revoked share, so the offer,
     * arriving late, cannot bring the profile back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Received receive(Letter letter) {
        if (!mail.receivedFirstTime(letter)) {
            return Received.ALREADY;
        }
        Instant now = clock.instant();
        switch (letter.kind()) {
            case OFFER -> {
                Letter.Offer offer = mail.read(letter, Letter.Offer.class);
                if (shares.incoming(letter.shareId()).isPresent()) {
                    return Received.NOT_A_PARTY;
                }
                boolean revokedFirst = mail.receivedBefore(letter.shareId(), Letter.Kind.REVOCATION);
                shares.insertIncoming(letter.shareId(), letter.sender(), offer.purpose(), offer.reference(), revokedFirst ? null : offer.profile(), now);
                if (revokedFirst) {
                    shares.revokeIncoming(letter.shareId(), letter.sender(), now);
                }
                audit.record(AuditAction.CREATE, "incoming_share", letter.shareId(), letter.recipient());
            }
            case DECISION -> {
                Optional<OutgoingShare> share = shares.outgoing(letter.shareId());
                if (share.isEmpty() || !share.get().recipient().equals(letter.sender())) {
                    return Received.NOT_A_PARTY;
                }
                decided(share.get(), mail.read(letter, Letter.Decision.class), now, letter.recipient());
            }
            case DISCLOSURE -> {
                if (!sentBy(letter)) {
                    return Received.NOT_A_PARTY;
                }
                if (shares.disclose(letter.shareId(), letter.sender(), mail.read(letter, Letter.Disclosure.class).disclosure())) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                }
            }
            case REVOCATION -> {
                Optional<IncomingShare> share = shares.incoming(letter.shareId());
                if (share.isPresent() && !share.get().sender().equals(letter.sender())) {
                    return Received.NOT_A_PARTY;
                }
                if (shares.revokeIncoming(letter.shareId(), letter.sender(), now)) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                }
            }
        }
        return Received.FIRST_TIME;
    }

    private boolean sentBy(Letter letter) {
        return shares.incoming(letter.shareId()).map(s -> s.sender().equals(letter.sender())).orElse(false);
    }

    /**
     * At the sender: the other member decided. An acceptance sends what the purpose reveals, unless
     * the person withdrew their consent meanwhile: then the share stays revoked, and the other
     * member is told again, since its acceptance crossed the revocation.
     */
    private void decided(OutgoingShare seen, Letter.Decision decision, Instant now, String self) {
        boolean withdrawn = consents.withdrawnLocked(seen.consentId());
        OutgoingShare share = shares.outgoing(seen.id()).orElseThrow();
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
            Case shown = cases.find(share.caseId());
            mail.post(share.recipient(), share.id(), Letter.Kind.DISCLOSURE,
                    new Letter.Disclosure(profiles.placementDisclosure(shown, share.profile())));
            // Each person disclosed, the family with the person, is an export of that person's record.
            for (UUID disclosed : profiles.disclosedCases(shown)) {
                audit.record(AuditAction.EXPORT, Cases.AUDITED_AS, disclosed, self);
            }
        }
    }
}
