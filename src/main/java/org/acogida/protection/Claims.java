package org.acogida.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.cases.Movements;
import org.acogida.coalition.CountryNames;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.internal.ClaimCipher;
import org.acogida.protection.internal.ClaimRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fear-of-return claims. Only the holding member's protection officers record and read them; what
 * the person said is encrypted before it reaches the database, and the timeline, the audit trail
 * and every other page learn only that a claim exists and which country the person must not be
 * sent to. Recording a claim marks the person, and the family travelling with them if the officer
 * says so, against return to the feared country, and cancels any movement already proposed there.
 */
@Component
public class Claims {

    private final ClaimRecords claims;
    private final ClaimCipher cipher;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final Movements movements;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Claims(ClaimRecords claims, ClaimCipher cipher, Cases cases, CaseTimeline timeline, Movements movements, ApplicationEventPublisher events,
           JsonMapper json, Clock clock) {
        this.claims = claims;
        this.cipher = cipher;
        this.cases = cases;
        this.timeline = timeline;
        this.movements = movements;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What the protection officer records; {@code account} is the person's own words. */
    public record NewClaim(String fearedCountry, Set<ClaimGround> grounds, String account, boolean extendToFamily) {}

    /** What is sealed in the claim's details. */
    record Details(List<ClaimGround> grounds, String account) {}

    /** A claim as a protection officer reads it, decrypted. */
    public record ClaimView(UUID id, UUID caseId, String fearedCountry, ClaimStatus status, Set<ClaimGround> grounds, String account,
                            String recordedByName, Instant recordedAt, int version, List<StepView> steps) {}

    public record StepView(ClaimStatus status, String note, String takenByName, Instant takenAt) {}

    public sealed interface Recorded {
        record Done(UUID claimId, int casesMarked, int movementsCancelled) implements Recorded {}

        record Refused(String field, String messageKey) implements Recorded {}
    }

    @Transactional
    public Recorded record(UUID caseId, NewClaim claim) {
        Actor officer = requireProtectionOfficer();
        Case c = cases.forChange(caseId);
        Optional<String> feared = CountryNames.resolve(claim.fearedCountry() == null ? "" : claim.fearedCountry().strip());
        if (feared.isEmpty()) {
            return new Recorded.Refused("fearedCountry", "claim.country-unknown");
        }
        if (feared.get().equals(c.memberState())) {
            return new Recorded.Refused("fearedCountry", "claim.country-is-here");
        }
        if (claim.grounds() == null || claim.grounds().isEmpty()) {
            return new Recorded.Refused("grounds", "claim.grounds-required");
        }
        if (claim.account() == null || claim.account().isBlank()) {
            return new Recorded.Refused("account", "claim.account-required");
        }
        UUID claimId = UUID.randomUUID();
        Instant now = clock.instant();
        byte[] sealed = cipher.seal(json.writeValueAsString(new Details(List.copyOf(EnumSet.copyOf(claim.grounds())), claim.account().strip())),
                claimId, c.memberState());
        claims.insert(new ClaimRecords.Claim(claimId, caseId, feared.get(), ClaimStatus.RECORDED, sealed, officer.userId(), null, now, 0));
        claims.insertStep(claimId, ClaimStatus.RECORDED, null, officer.userId(), now);
        timeline.record(caseId, ProtectionEvents.PROTECTION_CLAIM, null, AuditAction.CREATE, "protection_claim", claimId);
        Set<Case> marked = new LinkedHashSet<>();
        marked.add(c);
        if (claim.extendToFamily()) {
            marked.addAll(cases.familyOf(c));
        }
        int casesMarked = 0;
        int cancelled = 0;
        for (Case person : marked) {
            if (claims.markIfAbsent(person.id(), feared.get(), claimId, now)) {
                casesMarked++;
                timeline.record(person.id(), ProtectionEvents.NON_REFOULEMENT, feared.get(), AuditAction.CREATE, "non_refoulement", person.id());
            }
            // A call, not a reaction to ClaimRecorded: the mark and the cancellation are one act, so that no
            // return to the feared country stands for a moment after the claim, nor forever if a listener failed.
            cancelled += movements.cancelThoseNowForbidden(cases.casesOfPerson(person));
        }
        events.publishEvent(new ClaimRecorded(claimId, caseId, c.memberState(), casesMarked));
        return new Recorded.Done(claimId, casesMarked, cancelled);
    }

    public sealed interface Advanced {
        record Done(ClaimStatus status) implements Advanced {}

        record Refused(String field, String messageKey) implements Advanced {}

        record Conflict(ClaimStatus now) implements Advanced {}
    }

    /** Moves a claim on (referred to the asylum authority, under determination, decided...), with an encrypted note. */
    @Transactional
    public Advanced advance(UUID claimId, int seenVersion, ClaimStatus next, String note) {
        Actor officer = requireProtectionOfficer();
        ClaimRecords.Claim claim = claims.find(claimId).orElseThrow(() -> ClaimNotFound.forId(claimId));
        Case c = cases.forChange(claim.caseId());
        if (claim.version() != seenVersion) {
            return new Advanced.Conflict(claim.status());
        }
        if (!claim.status().mayBeFollowedBy(next)) {
            return new Advanced.Refused("status", "claim.status-order");
        }
        if (next == ClaimStatus.REFERRED && (note == null || note.isBlank())) {
            return new Advanced.Refused("note", "claim.referral-note-required");
        }
        if (!claims.setStatus(claimId, next, seenVersion)) {
            return new Advanced.Conflict(claims.find(claimId).orElseThrow().status());
        }
        byte[] sealed = note == null || note.isBlank() ? null : cipher.seal(note.strip(), claimId, c.memberState());
        claims.insertStep(claimId, next, sealed, officer.userId(), clock.instant());
        timeline.record(c.id(), ProtectionEvents.PROTECTION_CLAIM_STEP, null, AuditAction.UPDATE, "protection_claim", claimId);
        return new Advanced.Done(next);
    }

    /** The case's claims, decrypted, for its member's protection officers only. */
    @Transactional(readOnly = true)
    public List<ClaimView> ofCase(UUID caseId) {
        requireProtectionOfficer();
        Case c = cases.find(caseId);
        List<ClaimView> views = new ArrayList<>();
        for (ClaimRecords.Claim claim : claims.ofCase(caseId)) {
            Details details = json.readValue(cipher.open(claim.details(), claim.id(), c.memberState()), Details.class);
            List<StepView> steps = claims.steps(claim.id()).stream().map(s -> new StepView(s.status(),
                    s.note() == null ? null : cipher.open(s.note(), claim.id(), c.memberState()), s.takenByName(), s.takenAt())).toList();
            views.add(new ClaimView(claim.id(), caseId, claim.fearedCountry(), claim.status(), EnumSet.copyOf(details.grounds()), details.account(),
                    claim.recordedByName(), claim.recordedAt(), claim.version(), steps));
        }
        return views;
    }

    /** When each of the case's claims still waiting to be referred was recorded; read without decrypting anything. */
    @Transactional(readOnly = true)
    public List<Instant> awaitingReferral(UUID caseId) {
        requireProtectionOfficer();
        cases.find(caseId);
        return claims.ofCase(caseId).stream().filter(c -> c.status() == ClaimStatus.RECORDED).map(ClaimRecords.Claim::recordedAt).toList();
    }

    /** The countries the case's person must not be sent to, with since when: what every case worker may see. */
    @Transactional(readOnly = true)
    public List<NonRefoulementMark> marks(UUID caseId) {
        Case c = cases.find(caseId);
        return claims.marks(cases.casesOfPerson(c));
    }

    private static Actor requireProtectionOfficer() {
        Actor actor = Actors.require();
        if (actor.role() != Role.PROTECTION_OFFICER) {
            throw new AccessDeniedException("Protection claims are for the member's protection officers");
        }
        return actor;
    }
}
