package org.acogida.sharing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.federation.Federation;
import org.acogida.cases.Cases;
import org.acogida.cases.ProfileCatalogues;
import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.sharing.internal.ConsentRecords;
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
    private final Clock clock;

    Sharing(ConsentRecords consents, ShareRecords shares, Mail mail, Profiles profiles, Cases cases, CaseTimeline timeline, Countries countries,
            AuditLog audit, Federation federation, Clock clock) {
        this.federation = federation;
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
    public record NewOffer(Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis, String witness) {

        public NewOffer(Purpose purpose, String recipient, ConsentMethod method, String language, String legalBasis) {
            this(purpose, recipient, method, language, legalBasis, null);
        }
    }

    public sealed interface Offered {
        record Done(OutgoingShare share) implements Offered {}

        record Refused(String field, String messageKey) implements Offered {}
    }

    @Transactional
    public Offered offer(UUID caseId, NewOffer offer) {
        Actor worker = Actors.require();
        Case shown = cases.find(caseId);
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
        if (shares.outgoingOfCase(caseId).stream().anyMatch(s -> s.recipient().equals(offer.recipient()) && s.purpose() == offer.purpose()
                && (s.status() == ShareStatus.OFFERED || s.status() == ShareStatus.ACCEPTED))) {
            return new Offered.Refused("recipient", "sharing.refused.already-shared");
        }
        Instant now = clock.instant();
        UUID consentId = UUID.randomUUID();
        consents.insert(consentId, caseId, offer.purpose(), offer.recipient(), offer.method(), offer.language(),
                legalBasis ? offer.legalBasis().strip() : null, aloud ? offer.witness().strip() : null, worker.userId(), now);
        timeline.record(caseId, SharingEvents.CONSENT_RECORDED, offer.recipient(), AuditAction.CREATE, "consent", consentId);
        UUID shareId = UUID.randomUUID();
        PlacementProfile profile = profiles.placement(shown);
        String reference = reference();
        shares.insertOutgoing(shareId, caseId, consentId, offer.purpose(), offer.recipient(), reference, profile, worker.userId(), now);
        timeline.record(caseId, SharingEvents.SHARE_OFFERED, offer.recipient(), AuditAction.CREATE, "outgoing_share", shareId);
        mail.post(offer.recipient(), shareId, Letter.Kind.OFFER, new Letter.Offer(offer.purpose(), reference, profile));
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
        return decide(shareId, seenVersion, true, null);
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
