package org.acogida.reception;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.CaseEvent;
import org.acogida.cases.CasePanel;
import org.acogida.cases.CaseTask;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.cases.Duplicates;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.cases.PersonDetails;
import org.acogida.cases.Persons;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as the desk's case page shows it: the person, their registration, their arrival, their
 * family, their other cases, the timeline, the tasks due and the panels other modules add.
 */
@Component
public class CaseFile {

    private final ReceptionCases receptionCases;
    private final Cases cases;
    private final Persons persons;
    private final CaseTimeline timeline;
    private final Duplicates duplicates;
    private final Movements movements;
    /** Looked up when a page is drawn: the modules that add panels and tasks use the cases module themselves. */
    private final ObjectProvider<CasePanel> panels;
    private final ObjectProvider<CaseTask.Source> taskSources;
    private final AuditLog audit;

    CaseFile(ReceptionCases receptionCases, Cases cases, Persons persons, CaseTimeline timeline, Duplicates duplicates, Movements movements,
             ObjectProvider<CasePanel> panels, ObjectProvider<CaseTask.Source> taskSources, AuditLog audit) {
        this.receptionCases = receptionCases;
        this.cases = cases;
        this.persons = persons;
        this.timeline = timeline;
        this.duplicates = duplicates;
        this.movements = movements;
        this.panels = panels;
        this.taskSources = taskSources;
        this.audit = audit;
    }

    /** A panel of another module, ready to draw: its fragment and what it shows. */
    public record Panel(String fragment, Object content) {}

    public record View(ReceptionCase receptionCase, PersonDetails registration, boolean registered, List<ReceptionCase> family,
                       List<ReceptionCase> otherCasesOfPerson, List<Duplicates.Pair> duplicates, List<Movement> movements,
                       List<CaseTask> tasks, List<Panel> panels, List<CaseEvent> timeline) {}

    /** Everything on the case page; opening a person's case is recorded in the audit trail. */
    @Transactional
    public View open(UUID caseId) {
        ReceptionCase found = receptionCases.find(caseId);
        Case shown = found.personCase();
        audit.record(AuditAction.READ, Cases.AUDITED_AS, caseId, shown.memberState());
        List<ReceptionCase> family = receptionCases.withArrivals(cases.familyOf(shown));
        List<UUID> personCases = cases.casesOfPerson(shown);
        List<ReceptionCase> others = receptionCases.inOrder(personCases.stream().filter(id -> !id.equals(caseId)).toList());
        List<CaseTask> tasks = new ArrayList<>();
        taskSources.forEach(source -> tasks.addAll(source.tasks(shown)));
        tasks.sort(Comparator.comparing(CaseTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Panel> drawn = new ArrayList<>();
        for (CasePanel panel : panels.stream().sorted(Comparator.comparingInt(CasePanel::order)).toList()) {
            panel.content(shown).ifPresent(content -> drawn.add(new Panel(panel.fragment(), content)));
        }
        return new View(found, persons.of(shown), persons.registered(caseId), family, others, duplicates.of(List.of(caseId)),
                movements.ofCase(caseId), tasks, drawn, timeline.of(caseId));
    }

    /** The cases created from a flight, in the order they were created. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> ofFlight(UUID flightId) {
        return receptionCases.ofFlight(flightId);
    }

    /** The end of the day a person arrived, in UTC: when the desk's work on them is due. */
    static Instant endOfArrivalDay(Case c) {
        return c.openedOn().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
    }
}
