package org.acogida.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.internal.CaseEvents;
import org.acogida.reception.internal.CaseRecords;
import org.acogida.reception.internal.RegistrationRecords;
import org.acogida.reception.search.NameMatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrival point's desk: finding the person in front of the officer among those who arrived in
 * the last days, and marking them present, absent or no-show.
 */
@Component
public class CheckInDesk {

    /**
     * Days back the desk searches by name: people are checked in on the day they land, but a flight
     * landing at night, a hospital visit or a weekend stretches it. A document number is searched in
     * all the member's cases.
     */
    static final int DAYS_AT_THE_DESK = 3;
    static final int MOST_SHOWN = 50;

    private final CaseRecords cases;
    private final RegistrationRecords registrations;
    private final CaseEvents events;
    private final AuditLog audit;
    private final Clock clock;

    CheckInDesk(CaseRecords cases, RegistrationRecords registrations, CaseEvents events, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.registrations = registrations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Found(ReceptionCase receptionCase, double score) {}

    /**
     * The people at the point that what was typed names, best first; with nothing typed, everyone
     * the desk is still waiting for (expected or absent), by family and name.
     */
    @Transactional(readOnly = true)
    public List<Found> search(String arrivalPoint, String typed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS_AT_THE_DESK);
        if (typed == null || typed.isBlank()) {
            return cases.awaited(arrivalPoint, from, today, MOST_SHOWN).stream().map(c -> new Found(c, 0)).toList();
        }
        NameMatch.Typed folded = NameMatch.Typed.of(typed);
        Map<UUID, Double> scores = new HashMap<>();
        Map<UUID, CheckIn> states = new HashMap<>();
        for (CaseRecords.SearchEntry entry : cases.searchEntries(arrivalPoint, from, today)) {
            double score = folded.score(entry.nameWords(), entry.documentKey(), entry.passengerId());
            if (score > 0) {
                scores.put(entry.id(), score);
                states.put(entry.id(), entry.checkIn());
            }
        }
        for (ReceptionCase c : cases.withDocument(typed)) {
            scores.put(c.id(), 1.0);
            states.put(c.id(), c.checkIn());
        }
        // Best first; among equals, those not yet present: the person at the desk is rarely one already checked in.
        List<UUID> best = scores.keySet().stream()
                .sorted(Comparator.comparingDouble((UUID id) -> -scores.get(id)).thenComparing(id -> states.get(id) == CheckIn.PRESENT))
                .limit(MOST_SHOWN).toList();
        return cases.inOrder(best).stream().map(c -> new Found(c, scores.get(c.id()))).toList();
    }

    public sealed interface Marked {
        record Done(ReceptionCase receptionCase) implements Marked {}

        /** Someone changed the case after the officer's list was shown: what it is now, and the latest event. */
        record Conflict(ReceptionCase now, CaseEvent latest) implements Marked {}
    }

    /** Marks a person's check-in, if the case is as the officer saw it (its version); otherwise says what changed. */
    @Transactional
    public Marked mark(UUID caseId, CheckIn state, int seenVersion) {
        ReceptionCase current = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        UUID officer = Actors.require().userId();
        var now = clock.instant();
        if (!cases.markCheckIn(caseId, state, now, seenVersion)) {
            ReceptionCase latest = cases.find(caseId).orElseThrow();
            return new Marked.Conflict(latest, events.timeline(caseId).stream().findFirst().orElse(null));
        }
        registrations.keepRevision(caseId, seenVersion, registrations.snapshot(current), officer, now);
        events.add(caseId, "CHECK_IN", state.name(), officer, now);
        audit.record(AuditAction.UPDATE, "reception_case", caseId, current.memberState());
        return new Marked.Done(cases.find(caseId).orElseThrow());
    }
}
