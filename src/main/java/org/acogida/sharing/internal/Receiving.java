package org.acogida.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.cases.Persons;
import org.acogida.cases.Traces;
import org.acogida.protection.CarriedMarks;
import org.acogida.sharing.IncomingShare;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.PlacementDisclosure;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.ShareStatus;
import org.acogida.sharing.SharingEvents;
import org.acogida.sharing.Sought;
import org.acogida.sharing.TransferArrived;
import org.acogida.sharing.TransferRecord;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Persons persons;
    private final Traces traces;
    private final CarriedMarks marks;
    private final Connections connections;
    private final CaseTimeline timeline;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Receiving(Mail mail, ShareRecords shares, ConsentRecords consents, Profiles profiles, Cases cases, Persons persons, Traces traces,
              CarriedMarks marks, Connections connections, CaseTimeline timeline, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.mail = mail;
        this.shares = shares;
        this.consents = consents;
        this.profiles = profiles;
        this.cases = cases;
        this.persons = persons;
        this.traces = traces;
        this.marks = marks;
        this.connections = connections;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a letter: received, seen before, from a member that is not the other party to its share, or not one that can be read. */
    public enum Received { FIRST_TIME, ALREADY, NOT_A_PARTY, UNREADABLE }

    /**
     * Receives a letter once. A letter about a share must come from the other party to that share
     * (the envelope's verified sender): a member that learnt a share's id cannot decide, disclose,
     * revoke, hand over, answer or agree for it. A revocation that arrives before its offer leaves a
     * revoked share, so the offer, arriving late, cannot bring the profile back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Received receive(Letter letter) {
        if (!mail.receivedFirstTime(letter)) {
            return Received.ALREADY;
        }
        Instant now = clock.instant();
        return switch (letter.kind()) {
            case OFFER -> offered(letter, mail.read(letter, Letter.Offer.class), now);
            case DECISION -> {
                Optional<OutgoingShare> share = outgoingWith(letter);
                if (share.isEmpty()) {
                    yield Received.NOT_A_PARTY;
                }
                decided(share.get(), mail.read(letter, Letter.Decision.class), now, letter.recipient());
                yield Received.FIRST_TIME;
            }
            case DISCLOSURE -> disclosed(letter, mail.read(letter, Letter.Disclosure.class).disclosure());
            case REVOCATION -> {
                Optional<IncomingShare> share = shares.incoming(letter.shareId());
                if (share.isPresent() && !share.get().sender().equals(letter.sender())) {
                    yield Received.NOT_A_PARTY;
                }
                if (shares.revokeIncoming(letter.shareId(), letter.sender(), now)) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                }
                yield Received.FIRST_TIME;
            }
            case HANDOVER -> handedOver(letter, mail.read(letter, Letter.Handover.class).record());
            case ANSWER -> {
                Optional<OutgoingShare> share = outgoingWith(letter).filter(s -> s.purpose() == Purpose.TRACING);
                if (share.isEmpty()) {
                    yield Received.NOT_A_PARTY;
                }
                Letter.Answer answer = mail.read(letter, Letter.Answer.class);
                if (answer.match() == null) {
                    yield Received.UNREADABLE;
                }
                if (shares.answered(share.get().id(), letter.sender(), answer.match())) {
                    timeline.record(share.get().caseId(), SharingEvents.TRACING_ANSWERED, letter.sender(), AuditAction.UPDATE, "outgoing_share",
                            share.get().id());
                }
                yield Received.FIRST_TIME;
            }
            case AGREEMENT -> {
                Optional<IncomingShare> share = incomingFrom(letter).filter(s -> s.purpose() == Purpose.TRACING);
                if (share.isEmpty()) {
                    yield Received.NOT_A_PARTY;
                }
                if (shares.senderAgreed(letter.shareId(), letter.sender(), now)) {
                    audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
                    IncomingShare agreed = shares.incoming(letter.shareId()).orElseThrow();
                    if (agreed.status() == ShareStatus.ACCEPTED && agreed.matchedCaseId() != null) {
                        connections.connectFound(agreed);
                    }
                }
                yield Received.FIRST_TIME;
            }
        };
    }

    private Received offered(Letter letter, Letter.Offer offer, Instant now) {
        if (shares.incoming(letter.shareId()).isPresent()) {
            return Received.NOT_A_PARTY;
        }
        if (offer.purpose() == null || (offer.purpose() == Purpose.TRACING) != (offer.sought() != null)) {
            return Received.UNREADABLE;
        }
        boolean revokedFirst = mail.receivedBefore(letter.shareId(), Letter.Kind.REVOCATION);
        Traces.Traced traced = null;
        if (offer.purpose() == Purpose.TRACING && !revokedFirst) {
            // The search runs here, on this member's cases; the person sought is not kept, only the answer.
            Sought sought = offer.sought();
            traced = traces.lookFor(new Identity(sought.lastNames(), sought.firstNames(), sought.dateOfBirth(), sought.sex(), sought.nationality(),
                    null, null));
        }
        shares.insertIncoming(letter.shareId(), letter.sender(), offer.purpose(), offer.reference(), revokedFirst ? null : offer.profile(),
                offer.sought() == null ? null : offer.sought().relationship(), traced, now);
        if (revokedFirst) {
            shares.revokeIncoming(letter.shareId(), letter.sender(), now);
        }
        audit.record(AuditAction.CREATE, "incoming_share", letter.shareId(), letter.recipient());
        if (traced != null) {
            mail.post(letter.sender(), letter.shareId(), Letter.Kind.ANSWER, new Letter.Answer(traced.level()));
        }
        return Received.FIRST_TIME;
    }

    /**
     * A disclosure arrives at the member that received the offer (what the purpose reveals), or, for
     * tracing, at the member that asked (who was found).
     */
    private Received disclosed(Letter letter, PlacementDisclosure disclosure) {
        if (disclosure == null) {
            return Received.UNREADABLE;
        }
        Optional<OutgoingShare> asked = outgoingWith(letter).filter(s -> s.purpose() == Purpose.TRACING);
        if (asked.isPresent()) {
            if (shares.found(asked.get().id(), letter.sender(), disclosure)) {
                audit.record(AuditAction.UPDATE, "outgoing_share", asked.get().id(), letter.recipient());
            }
            return Received.FIRST_TIME;
        }
        if (incomingFrom(letter).isEmpty()) {
            return Received.NOT_A_PARTY;
        }
        if (shares.disclose(letter.shareId(), letter.sender(), disclosure)) {
            audit.record(AuditAction.UPDATE, "incoming_share", letter.shareId(), letter.recipient());
        }
        return Received.FIRST_TIME;
    }

    /**
     * A transfer's record: this member opens a case for each person of the family, as the person's
     * record was registered, with the marks they travel with, expected at the arrival point the
     * coordinator chose. Nothing happens if the transfer was revoked meanwhile or the cases were
     * opened already.
     */
    private Received handedOver(Letter letter, TransferRecord record) {
        Optional<IncomingShare> found = incomingFrom(letter).filter(s -> s.purpose() == Purpose.TRANSFER);
        if (found.isEmpty()) {
            return Received.NOT_A_PARTY;
        }
        if (record == null || record.people() == null || record.people().isEmpty()) {
            return Received.UNREADABLE;
        }
        IncomingShare share = found.get();
        if (share.status() != ShareStatus.ACCEPTED || share.openedCaseId() != null) {
            return Received.FIRST_TIME;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UUID family = record.people().size() > 1 ? UUID.randomUUID() : null;
        List<Case> opened = new ArrayList<>();
        for (TransferRecord.Person person : record.people()) {
            UUID id = UUID.randomUUID();
            opened.add(new Case(id, id, letter.recipient(), 0, today, person.details().identity(), person.minor(), person.unaccompanied(), family,
                    CaseStatus.AWAITED, 0, now));
        }
        cases.open(opened, SharingEvents.TRANSFERRED_IN, letter.sender());
        List<Case> numbered = cases.inOrder(opened.stream().map(Case::id).toList());
        UUID acceptedBy = shares.decidedBy(share.id());
        for (int i = 0; i < numbered.size(); i++) {
            TransferRecord.Person person = record.people().get(i);
            persons.register(numbered.get(i), person.details(), acceptedBy, now);
            marks.carry(numbered.get(i).id(), person.mustNotBeSentTo() == null ? List.of() : person.mustNotBeSentTo(), letter.sender(),
                    share.reference());
        }
        shares.opened(share.id(), letter.sender(), numbered.getFirst().id());
        TransferRecord.Person first = record.people().getFirst();
        shares.disclose(share.id(), letter.sender(), new PlacementDisclosure(record.people().stream()
                .map(p -> new PlacementDisclosure.Person(p.details().lastNames(), p.details().firstNames(), p.details().dateOfBirth(),
                        p.details().sex(), p.details().nationality())).toList(),
                first.details().documentType(), first.details().documentNumber(), first.details().phone(), share.profile()));
        audit.record(AuditAction.UPDATE, "incoming_share", share.id(), letter.recipient());
        events.publishEvent(new TransferArrived(numbered.stream().map(Case::id).toList(), letter.recipient(), share.arrivalPoint(), today));
        return Received.FIRST_TIME;
    }

    /** The share this member offered, if the letter comes from the member it was offered to. */
    private Optional<OutgoingShare> outgoingWith(Letter letter) {
        return shares.outgoing(letter.shareId()).filter(s -> s.recipient().equals(letter.sender()));
    }

    /** The share offered to this member, if the letter comes from the member that offered it. */
    private Optional<IncomingShare> incomingFrom(Letter letter) {
        return shares.incoming(letter.shareId()).filter(s -> s.sender().equals(letter.sender()));
    }

    /**
     * At the sender: the other member decided. An acceptance sends what the purpose reveals, unless
     * the person withdrew their consent meanwhile: then the share stays revoked, and the other
     * member is told again, since its acceptance crossed the revocation. A transfer accepted hands
     * the case over (unless it went to another member meanwhile, then this one is revoked); a
     * tracing request accepted connects the two cases once this member's coordinator agreed too.
     */
    private void decided(OutgoingShare seen, Letter.Decision decision, Instant now, String self) {
        boolean withdrawn = consents.withdrawnLocked(seen.consentId());
        OutgoingShare share = shares.outgoing(seen.id()).orElseThrow();
        boolean handedElsewhere = share.purpose() == Purpose.TRANSFER && decision.accepted()
                && cases.find(share.caseId()).status() == CaseStatus.TRANSFERRED;
        if (share.status() == ShareStatus.REVOKED || withdrawn || handedElsewhere) {
            if (share.status() == ShareStatus.OFFERED && shares.settleOutgoing(share.id(), ShareStatus.OFFERED, ShareStatus.REVOKED, null, now)) {
                timeline.record(share.caseId(), SharingEvents.SHARE_REVOKED, share.recipient(), AuditAction.UPDATE, "outgoing_share", share.id());
            }
            mail.post(share.recipient(), share.id(), Letter.Kind.REVOCATION, new Letter.Revocation());
            return;
        }
        ShareStatus outcome = decision.accepted() ? ShareStatus.ACCEPTED : ShareStatus.REJECTED;
        if (!shares.settleOutgoing(share.id(), ShareStatus.OFFERED, outcome, decision.reason(), now)) {
            return;
        }
        timeline.record(share.caseId(), decision.accepted() ? SharingEvents.SHARE_ACCEPTED : SharingEvents.SHARE_REJECTED, share.recipient(),
                AuditAction.UPDATE, "outgoing_share", share.id());
        if (!decision.accepted()) {
            return;
        }
        Case shown = cases.find(share.caseId());
        switch (share.purpose()) {
            case PLACEMENT, PROTECTION_REFERRAL -> {
                mail.post(share.recipient(), share.id(), Letter.Kind.DISCLOSURE,
                        new Letter.Disclosure(profiles.placementDisclosure(shown, share.profile())));
                // Each person disclosed, the family with the person, is an export of that person's record.
                for (UUID disclosed : profiles.disclosedCases(shown)) {
                    audit.record(AuditAction.EXPORT, Cases.AUDITED_AS, disclosed, self);
                }
            }
            case TRANSFER -> {
                TransferRecord record = profiles.transfer(shown, share.profile());
                List<UUID> handed = profiles.disclosedCases(shown);
                cases.handOver(handed);
                mail.post(share.recipient(), share.id(), Letter.Kind.HANDOVER, new Letter.Handover(record));
                for (UUID id : handed) {
                    timeline.record(id, SharingEvents.CASE_TRANSFERRED, share.recipient(), AuditAction.EXPORT, Cases.AUDITED_AS, id);
                }
            }
            case TRACING -> {
                if (share.agreedAt() != null) {
                    connections.connectSeeker(shares.outgoing(share.id()).orElseThrow());
                }
            }
        }
    }
}
