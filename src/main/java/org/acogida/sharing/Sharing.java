package org.acogida.sharing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.federation.Federation;
import org.acogida.cases.Cases;
import org.acogida.cases.NonRefoulement;
import org.acogida.cases.Traces;
import org.acogida.cases.ProfileCatalogues;
import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.sharing.internal.ConsentRecords;
import org.acogida.sharing.internal.Connections;
import org.acogida.sharing.internal.TracingRequests;
import org.acogida.sharing.internal.Validated;
import org.acogida.sharing.internal.Letter;
import org.acogida.sharing.internal.Mail;
import org.acogida.sharing.internal.Profiles;
import org.acogida.sharing.internal.ShareRecords;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a case with another member: the case worker records the person's consent and offers the
 * case; the other member's coordinator sees a pseudonymised profile and accepts or rejects it; an
 * acceptance brings what the purpose reveals; withdrawing consent revokes the share and erases what
 * crossed. Each side audits its own steps; the two sides talk only through letters.
 */
@Component
public class Sharing {

    static final int MOST_SHOWN = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters for references, without the ones read alike (0/O, 1/I). */
    private static final String REFERENCE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final ConsentRecords consents;
    private final ShareRecords shares;
    private final Mail mail;
    private final Profiles profiles;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final Countries countries;
    private final AuditLog audit;
    private final Federation federation;
    private final NonRefoulement nonRefoulement;
    private final Connections connections;
    private final Clock clock;

    Sharing(ConsentRecords consents, ShareRecords shares, Mail mail, Profiles profiles, Cases cases, CaseTimeline timeline, Countries countries,
            AuditLog audit, Federation federation, NonRefoulement nonRefoulement, Connections connections, Clock clock) {
        this.federation = federation;
        this.nonRefoulement = nonRefoulement;
        this.connections = connections;
        this.consents = consents;
        this.shares = shares;
        this.mail = mail;
        this.profiles = profiles;
        this.cases = cases;
        this.timeline = timeline;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An offer and the consent it rests on: the member it goes to, how the person agreed and in which
     * of their languages (ISO 639), or for a child the legal basis.
     */
    public record NewOffer(Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis, String witness,
                           Sought sought) {

        public NewOffer(Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis) {
            this(purpose, recipient, method, language, legalBasis, null, null);
        }

        public NewOffer(Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis, String witness) {
            this(purpose, recipient, method, language, legalBasis, witness, null);
        }
    }

    public sealed interface Offered {
        record Done(OutgoingShare share) implements Offered {}

        record Refused(String field, String messageKey) implements Offered {}
    }

    @Transactional
    public Offered offer(UUID caseId, NewOffer offer) {
        Actor worker = Actors.require();
        Case shown = cases.forChange(caseId);
        if (offer.purpose() == null) {
            return new Offered.Refused("purpose", "sharing.refused.purpose");
        }
        if (offer.recipient() == null || offer.recipient().equals(shown.memberState()) || !countries.isMember(offer.recipient())) {
            return new Offered.Refused("recipient", "sharing.refused.recipient");
        }
        if (!federation.reaches(offer.recipient())) {
            return new Offered.Refused("recipient", "sharing.refused.unreachable");
        }
        if (offer.method() == null) {
            return new Offered.Refused("method", "sharing.refused.method");
        }
        boolean legalBasis = offer.method() == ConsentMethod.LEGAL_BASIS;
        if (shown.minor() != legalBasis) {
            return new Offered.Refused("method", shown.minor() ? "sharing.refused.child-needs-legal-basis" : "sharing.refused.adult-consents");
        }
        if (legalBasis && (offer.legalBasis() == null || offer.legalBasis().isBlank() || offer.legalBasis().length() > 500)) {
            return new Offered.Refused("legalBasis", "sharing.refused.legal-basis");
        }
        boolean aloud = offer.method() == ConsentMethod.VERBAL_WITNESSED;
        if (aloud && (offer.witness() == null || offer.witness().isBlank() || offer.witness().length() > 200)) {
            return new Offered.Refused("witness", "sharing.refused.witness");
        }
        if (offer.language() == null || !ProfileCatalogues.isLanguage(offer.language())) {
            return new Offered.Refused("language", "sharing.refused.language");
        }
        Sought sought = null;
        if (offer.purpose() == Purpose.TRACING) {
            Validated<Sought> checked = TracingRequests.check(offer.sought(), LocalDate.now(clock));
            if (checked instanceof Validated.Refused<Sought>(String field, String messageKey)) {
                return new Offered.Refused(field, messageKey);
            }
            sought = ((Validated.Valid<Sought>) checked).value();
        }
        if (offer.purpose().sendsThePerson() && nonRefoulement.countriesFeared(cases.casesOfPerson(shown)).contains(offer.recipient())) {
            return new Offered.Refused("recipient", "sharing.refused.feared");
        }
        List<OutgoingShare> earlier = shares.outgoingOfCase(caseId);
        if (offer.purpose() != Purpose.TRACING && earlier.stream().anyMatch(s -> s.recipient().equals(offer.recipient())
                && s.purpose() == offer.purpose() && (s.status() == ShareStatus.OFFERED || s.status() == ShareStatus.ACCEPTED))) {
            return new Offered.Refused("recipient", "sharing.refused.already-shared");
        }
        // One person moves to one member: a second transfer waits until the first is settled.
        if (offer.purpose() == Purpose.TRANSFER && earlier.stream().anyMatch(s -> s.purpose() == Purpose.TRANSFER
                && (s.status() == ShareStatus.OFFERED || s.status() == ShareStatus.ACCEPTED))) {
            return new Offered.Refused("recipient", "sharing.refused.transfer-pending");
        }
        Instant now = clock.instant();
        UUID consentId = UUID.randomUUID();
        consents.insert(consentId, caseId, offer.purpose(), offer.recipient(), offer.method(), offer.language(),
                legalBasis ? offer.legalBasis().strip() : null, aloud ? offer.witness().strip() : null, worker.userId(), now);
        timeline.record(caseId, SharingEvents.CONSENT_RECORDED, offer.recipient(), AuditAction.CREATE, "consent", consentId);
        UUID shareId = UUID.randomUUID();
        PlacementProfile profile = profiles.profileFor(offer.purpose(), shown);
        String reference = reference();
        shares.insertOutgoing(shareId, caseId, consentId, offer.purpose(), offer.recipient(), reference, profile, sought, worker.userId(), now);
        timeline.record(caseId, SharingEvents.SHARE_OFFERED, offer.recipient(), AuditAction.CREATE, "outgoing_share", shareId);
        mail.post(offer.recipient(), shareId, Letter.Kind.OFFER, new Letter.Offer(offer.purpose(), reference, profile, sought));
        return new Offered.Done(shares.outgoing(shareId).orElseThrow());
    }

    /**
     * The person withdraws a consent: every share resting on it is revoked, and the members it went
     * to erase what they hold of it. Withdrawing twice changes nothing.
     */
    @Transactional
    public boolean withdraw(UUID consentId) {
        Consent consent = consents.find(consentId).orElseThrow(() -> ConsentNotFound.forId(consentId));
        Instant now = clock.instant();
        if (!consents.withdraw(consentId, Actors.require().userId(), now)) {
            return false;
        }
        timeline.record(consent.caseId(), SharingEvents.CONSENT_WITHDRAWN, consent.recipient(), AuditAction.UPDATE, "consent", consentId);
        for (OutgoingShare share : shares.outgoingOfConsent(consentId)) {
            // A transfer accepted has handed the case over: the person's record is the other member's now.
            if (share.purpose() == Purpose.TRANSFER && share.status() == ShareStatus.ACCEPTED) {
                continue;
            }
            if ((share.status() == ShareStatus.OFFERED || share.status() == ShareStatus.ACCEPTED)
                    && shares.settleOutgoing(share.id(), share.status(), ShareStatus.REVOKED, null, now)) {
                timeline.record(share.caseId(), SharingEvents.SHARE_REVOKED, share.recipient(), AuditAction.UPDATE, "outgoing_share", share.id());
                mail.post(share.recipient(), share.id(), Letter.Kind.REVOCATION, new Letter.Revocation());
            }
        }
        return true;
    }

    @Transactional(readOnly = true)
    public List<Consent> consentsOf(UUID caseId) {
        cases.find(caseId);
        return consents.ofCase(caseId);
    }

    @Transactional(readOnly = true)
    public List<OutgoingShare> sharesOf(UUID caseId) {
        cases.find(caseId);
        return shares.outgoingOfCase(caseId);
    }

    /** What the member offered, the latest first. */
    @Transactional(readOnly = true)
    public List<OutgoingShare> outgoing() {
        return shares.outgoing(MOST_SHOWN);
    }

    /** What other members offered to this one, the latest first: for its coordinator. */
    @Transactional(readOnly = true)
    public List<IncomingShare> incoming() {
        requireCoordinator();
        return shares.incoming(MOST_SHOWN);
    }

    /** One share offered to this member; opening one that was accepted reads a person's record, and is audited. */
    @Transactional
    public IncomingShare incoming(UUID shareId) {
        Actor coordinator = requireCoordinator();
        IncomingShare share = shares.incoming(shareId).orElseThrow(() -> ShareNotFound.forId(shareId));
        if (share.disclosure() != null) {
            audit.record(AuditAction.READ, "incoming_share", shareId, coordinator.memberState());
        }
        return share;
    }

    public sealed interface Decided {
        record Done(IncomingShare share) implements Decided {}

        /** Someone decided, or the share was revoked, since the coordinator opened it. */
        record Conflict(IncomingShare now) implements Decided {}

        record Refused(String field, String messageKey) implements Decided {}
    }

    @Transactional
    public Decided accept(UUID shareId, int seenVersion) {
        return accept(shareId, seenVersion, null);
    }

    /**
     * Accepts an offer. A transfer names the arrival point where this member expects the person; a
     * tracing request is accepted (the coordinator agrees to connect) only when this member's search
     * found someone.
     */
    @Transactional
    public Decided accept(UUID shareId, int seenVersion, String arrivalPoint) {
        Actor coordinator = requireCoordinator();
        IncomingShare share = shares.incoming(shareId).orElseThrow(() -> ShareNotFound.forId(shareId));
        if (share.purpose() == Purpose.TRANSFER && countries.arrivalPointsOf(coordinator.memberState()).stream()
                .noneMatch(p -> p.code().equals(arrivalPoint))) {
            return new Decided.Refused("arrivalPoint", "sharing.refused.arrival-point");
        }
        if (share.purpose() == Purpose.TRACING && share.status() == ShareStatus.OFFERED && share.match() == Traces.Level.NO) {
            return new Decided.Refused("accept", "sharing.refused.nothing-to-connect");
        }
        Decided decided = decide(shareId, seenVersion, true, null);
        if (decided instanceof Decided.Done && share.purpose() == Purpose.TRANSFER) {
            shares.expectAt(shareId, arrivalPoint);
        }
        if (decided instanceof Decided.Done && share.purpose() == Purpose.TRACING) {
            IncomingShare now = shares.incoming(shareId).orElseThrow();
            if (now.senderAgreedAt() != null) {
                connections.connectFound(now);
            }
        }
        return decided instanceof Decided.Done ? new Decided.Done(shares.incoming(shareId).orElseThrow()) : decided;
    }

    public sealed interface Agreed {
        record Done(OutgoingShare share) implements Agreed {}

        /** The answer is not in, it found no one, someone agreed already, or the share moved on since the page was opened. */
        record Conflict(OutgoingShare now) implements Agreed {}
    }

    /**
     * This member's coordinator agrees to connect a tracing request's two cases, after the other
     * member answered yes or possible. Once the other member's coordinator agreed too, each member
     * tells the other who its person is.
     */
    @Transactional
    public Agreed agree(UUID shareId, int seenVersion) {
        Actor coordinator = requireCoordinator();
        shares.outgoing(shareId).orElseThrow(() -> ShareNotFound.forId(shareId));
        if (!shares.agree(shareId, seenVersion, coordinator.userId(), clock.instant())) {
            return new Agreed.Conflict(shares.outgoing(shareId).orElseThrow());
        }
        audit.record(AuditAction.UPDATE, "outgoing_share", shareId, coordinator.memberState());
        OutgoingShare share = shares.outgoing(shareId).orElseThrow();
        mail.post(share.recipient(), shareId, Letter.Kind.AGREEMENT, new Letter.Agreement());
        if (share.status() == ShareStatus.ACCEPTED) {
            connections.connectSeeker(share);
        }
        return new Agreed.Done(shares.outgoing(shareId).orElseThrow());
    }

    /** One share this member offered, for the case page and the coordinator. */
    @Transactional(readOnly = true)
    public OutgoingShare outgoing(UUID shareId) {
        return shares.outgoing(shareId).orElseThrow(() -> ShareNotFound.forId(shareId));
    }

    /** A rejection says why, for the member that offered it. */
    @Transactional
    public Decided reject(UUID shareId, int seenVersion, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return new Decided.Refused("reason", "sharing.refused.reason");
        }
        return decide(shareId, seenVersion, false, reason.strip());
    }

    private Decided decide(UUID shareId, int seenVersion, boolean accepted, String reason) {
        Actor coordinator = requireCoordinator();
        IncomingShare share = shares.incoming(shareId).orElseThrow(() -> ShareNotFound.forId(shareId));
        if (!shares.decideIncoming(shareId, seenVersion, accepted ? ShareStatus.ACCEPTED : ShareStatus.REJECTED, reason, coordinator.userId(),
                clock.instant())) {
            return new Decided.Conflict(shares.incoming(shareId).orElseThrow());
        }
        audit.record(AuditAction.UPDATE, "incoming_share", shareId, coordinator.memberState());
        mail.post(share.sender(), shareId, Letter.Kind.DECISION, new Letter.Decision(accepted, reason));
        return new Decided.Done(shares.incoming(shareId).orElseThrow());
    }

    private static Actor requireCoordinator() {
        Actor actor = Actors.require();
        if (actor.role() != Role.MEMBER_COORDINATOR) {
            throw new AccessDeniedException("Offers from other members are for the member's coordinator");
        }
        return actor;
    }

    /** A reference the two members can speak of a share by, naming neither the person nor the case: SH-XXXX-XXXX. */
    static String reference() {
        StringBuilder reference = new StringBuilder("SH-");
        for (int i = 0; i < 8; i++) {
            reference.append(i == 4 ? "-" : "").append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }
}
