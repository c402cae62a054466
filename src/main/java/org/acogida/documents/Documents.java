package org.acogida.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.documents.internal.DocumentRecords;
import org.acogida.documents.signing.DocumentSigner;
import org.acogida.documents.verify.DocumentPayload;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.i18n.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, extending and revoking a non-national's documents under the member's rules. Each
 * issue and extension signs a new token with the member's key; a revocation reaches checkpoints
 * through the trust list. A person decides every step; the rules refuse with a reason.
 */
@Component
public class Documents {

    /** ILO Convention 138's general minimum age for employment, which the members have ratified; younger holders get no work permit. */
    static final int MINIMUM_WORKING_AGE = 16;
    /** How far ahead the expiring list looks, as the reception desks asked: a week to renew or to plan a departure. */
    public static final int EXPIRING_WITHIN_DAYS = 7;

    private final DocumentRecords documents;
    private final DocumentRules rules;
    private final DocumentSigner signer;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final CaseTimeline timeline;
    private final Clock clock;

    Documents(DocumentRecords documents, DocumentRules rules, DocumentSigner signer, Cases cases, CaseTimeline timeline,
              ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.rules = rules;
        this.signer = signer;
        this.cases = cases;
        this.events = events;
        this.timeline = timeline;
        this.clock = clock;
    }

    public sealed interface Outcome {
        record Done(IssuedDocument document) implements Outcome {}

        record Refused(String field, String messageKey) implements Outcome {}

        /** Someone changed the document since the officer opened the page. */
        record Conflict(IssuedDocument now) implements Outcome {}
    }

    /** Issues a document of this kind to the case's holder from today, printed in {@code language} beside Spanish. */
    @Transactional
    public Outcome issue(UUID caseId, DocumentKind kind, String language) {
        return issueFrom(caseId, kind, language, LocalDate.now(clock));
    }

    /**
     * Issues a document valid from a day already past, no earlier than the holder's arrival: for a
     * paper pass handed out at the desk during an outage and recorded afterwards.
     */
    @Transactional
    public Outcome issueFrom(UUID caseId, DocumentKind kind, String language, LocalDate validFrom) {
        Case holder = cases.forChange(caseId);
        if (validFrom.isAfter(LocalDate.now(clock)) || validFrom.isBefore(holder.openedOn())) {
            return refused("validFrom", "document.valid-from");
        }
        if (holder.nationality().equals(holder.memberState())) {
            return refused("kind", "document.for-non-nationals");
        }
        if (language == null || !Languages.isSupported(Locale.forLanguageTag(language))) {
            return refused("language", "document.language");
        }
        if (documents.ofKind(caseId, kind).stream().anyMatch(d -> d.inForceOn(LocalDate.now(clock)))) {
            return refused("kind", "document.already-in-force");
        }
        DocumentRule rule = rules.of(kind);
        LocalDate until = validFrom.plusDays(rule.validDays() - 1L);
        if (kind == DocumentKind.WORK_PERMIT) {
            if (holder.dateOfBirth() != null && Period.between(holder.dateOfBirth(), validFrom).getYears() < MINIMUM_WORKING_AGE) {
                return refused("kind", "document.work-age");
            }
            Optional<IssuedDocument> stay = stayDocumentInForce(caseId, validFrom);
            if (stay.isEmpty()) {
                return refused("kind", "document.work-needs-stay");
            }
            until = until.isAfter(stay.get().validUntil()) ? stay.get().validUntil() : until;
        }
        UUID id = UUID.randomUUID();
        String number = String.format(Locale.ROOT, "%s-%s-%08X", holder.memberState(), kind.code(), id.getMostSignificantBits() >>> 32);
        String token = sign(id, number, kind, holder, validFrom, until);
        Instant now = clock.instant();
        IssuedDocument issued = new IssuedDocument(id, caseId, kind, number, IssuedDocument.Status.ACTIVE, validFrom, until, 0, token, language, now,
                null, null, 0);
        documents.insert(issued, Actors.require().userId());
        timeline.record(caseId, DocumentEvents.DOCUMENT_ISSUED, number, AuditAction.CREATE, "issued_document", id);
        events.publishEvent(new DocumentIssued(id, caseId, holder.memberState(), kind, validFrom, until));
        return new Outcome.Done(documents.find(id).orElseThrow());
    }

    /** Extends a document in force by the rule's extension, as many times as the rule allows; the new token is signed again. */
    @Transactional
    public Outcome extend(UUID documentId, int seenVersion) {
        IssuedDocument document = documents.find(documentId).orElseThrow(() -> DocumentNotFound.forId(documentId));
        Case holder = cases.forChange(document.caseId());
        LocalDate today = LocalDate.now(clock);
        if (document.version() != seenVersion) {
            return new Outcome.Conflict(document);
        }
        if (!document.inForceOn(today)) {
            return refused("document", document.status() == IssuedDocument.Status.REVOKED ? "document.revoked" : "document.expired");
        }
        DocumentRule rule = rules.of(document.kind());
        if (document.extensions() >= rule.maxExtensions() || rule.extensionDays() == 0) {
            return refused("document", "document.no-more-extensions");
        }
        LocalDate until = document.validUntil().plusDays(rule.extensionDays());
        if (document.kind() == DocumentKind.WORK_PERMIT) {
            Optional<IssuedDocument> stay = stayDocumentInForce(document.caseId(), today);
            if (stay.isEmpty() || !stay.get().validUntil().isAfter(document.validUntil())) {
                return refused("document", "document.work-needs-stay");
            }
            until = until.isAfter(stay.get().validUntil()) ? stay.get().validUntil() : until;
        }
        String token = sign(document.id(), document.number(), document.kind(), holder, document.validFrom(), until);
        if (!documents.extend(documentId, seenVersion, until, token)) {
            return new Outcome.Conflict(documents.find(documentId).orElseThrow());
        }
        timeline.record(document.caseId(), DocumentEvents.DOCUMENT_EXTENDED, document.number(), AuditAction.UPDATE, "issued_document", documentId);
        events.publishEvent(new DocumentExtended(documentId, document.caseId(), holder.memberState(), document.kind(), until));
        return new Outcome.Done(documents.find(documentId).orElseThrow());
    }

    @Transactional
    public Outcome revoke(UUID documentId, int seenVersion, IssuedDocument.RevocationReason reason) {
        IssuedDocument document = documents.find(documentId).orElseThrow(() -> DocumentNotFound.forId(documentId));
        Case holder = cases.find(document.caseId());
        if (document.version() != seenVersion) {
            return new Outcome.Conflict(document);
        }
        if (document.status() == IssuedDocument.Status.REVOKED) {
            return refused("document", "document.revoked");
        }
        if (reason == null) {
            return refused("reason", "document.reason-required");
        }
        if (!documents.revoke(documentId, seenVersion, reason, clock.instant())) {
            return new Outcome.Conflict(documents.find(documentId).orElseThrow());
        }
        timeline.record(document.caseId(), DocumentEvents.DOCUMENT_REVOKED, document.number(), AuditAction.UPDATE, "issued_document", documentId);
        events.publishEvent(new DocumentRevoked(documentId, document.caseId(), holder.memberState(), document.kind()));
        return new Outcome.Done(documents.find(documentId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public IssuedDocument find(UUID documentId) {
        IssuedDocument document = documents.find(documentId).orElseThrow(() -> DocumentNotFound.forId(documentId));
        cases.find(document.caseId());
        return document;
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(UUID caseId) {
        cases.find(caseId);
        return documents.ofCase(caseId);
    }

    /** A document in force with its holder's case, for lists. */
    public record WithHolder(IssuedDocument document, Case holder) {}

    /** The member's documents in force whose last day falls in the next {@link #EXPIRING_WITHIN_DAYS} days, soonest first. */
    @Transactional(readOnly = true)
    public List<WithHolder> expiringSoon() {
        LocalDate today = LocalDate.now(clock);
        return documents.expiringBetween(today, today.plusDays(EXPIRING_WITHIN_DAYS)).stream()
                .map(d -> new WithHolder(d, cases.find(d.caseId()))).toList();
    }

    private Optional<IssuedDocument> stayDocumentInForce(UUID caseId, LocalDate today) {
        return documents.ofCase(caseId).stream().filter(d -> d.kind().isStayDocument() && d.inForceOn(today)).findFirst();
    }

    private String sign(UUID id, String number, DocumentKind kind, Case holder, LocalDate from, LocalDate until) {
        DocumentSigner.MemberKey key = signer.keyOf(holder.memberState());
        return signer.sign(new DocumentPayload(DocumentPayload.CURRENT_VERSION, id, number, kind.name(), holder.memberState(), key.keyId(),
                holder.displayName(), holder.dateOfBirth(), from, until));
    }

    private static Outcome refused(String field, String key) {
        return new Outcome.Refused(field, key);
    }

}
