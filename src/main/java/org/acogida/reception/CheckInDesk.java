package org.acogida.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.CaseEvent;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.cases.Persons;
import org.acogida.cases.names.NameMatch;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.internal.ArrivalRecords;
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

    private final ReceptionCases receptionCases;
    private final Cases cases;
    private final Persons persons;
    private final ArrivalRecords arrivals;
    private final CaseTimeline timeline;
    private final Clock clock;

    CheckInDesk(ReceptionCases receptionCases, Cases cases, Persons persons, ArrivalRecords arrivals, CaseTimeline timeline, Clock clock) {
        this.receptionCases = receptionCases;
        this.cases = cases;
        this.persons = persons;
        this.arrivals = arrivals;
        this.timeline = timeline;
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
            return receptionCases.inOrder(arrivals.awaited(arrivalPoint, from, today, MOST_SHOWN)).stream().map(c -> new Found(c, 0)).toList();
        }
        NameMatch.Typed folded = NameMatch.Typed.of(typed);
        Map<UUID, Double> scores = new HashMap<>();
        Map<UUID, CheckIn> states = new HashMap<>();
        for (ArrivalRecords.SearchEntry entry : arrivals.searchEntries(arrivalPoint, from, today)) {
            double score = folded.score(entry.nameWords(), entry.documentKey(), entry.passengerId());
            if (score > 0) {
                scores.put(entry.caseId(), score);
                states.put(entry.caseId(), entry.checkIn());
            }
        }
        for (ReceptionCase c : receptionCases.withArrivals(cases.withDocument(typed))) {
            scores.put(c.id(), 1.0);
            states.put(c.id(), c.checkIn());
        }
        // Best first; among equals, those not yet present: the person at the desk is rarely one already checked in.
        List<UUID> best = scores.keySet().stream()
                .sorted(Comparator.comparingDouble((UUID id) -> -scores.get(id)).thenComparing(id -> states.get(id) == CheckIn.PRESENT))
                .limit(MOST_SHOWN).toList();
        return receptionCases.inOrder(best).stream().map(c -> new Found(c, scores.get(c.id()))).toList();
    }

    public sealed interface Marked {
        record Done(ReceptionCase receptionCase) implements Marked {}

        /** Someone changed the case after the officer's list was shown: what it is now, and the latest event. */
        record Conflict(ReceptionCase now, CaseEvent latest) implements Marked {}
    }

    /** Marks a person's check-in, if the case is as the officer saw it (its version); otherwise says what changed. */
    @Transactional
    public Marked mark(UUID caseId, CheckIn state, int seenVersion) {
        cases.forChange(caseId);
        ReceptionCase current = receptionCases.find(caseId);
        UUID officer = Actors.require().userId();
        var now = clock.instant();
        if (!cases.changeStatus(caseId, state.caseStatus(), seenVersion)) {
            return new Marked.Conflict(receptionCases.find(caseId), timeline.latest(caseId).orElse(null));
        }
        arrivals.markCheckIn(caseId, state, now);
        persons.keepRevision(caseId, seenVersion, receptionCases.fields(current), officer, now);
        timeline.record(caseId, ArrivalEvents.CHECK_IN, state.name(), AuditAction.UPDATE, Cases.AUDITED_AS, caseId);
        return new Marked.Done(receptionCases.find(caseId));
    }
}
