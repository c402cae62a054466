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
import org.acogida.reception.internal.CaseEvents;
import org.acogida.reception.internal.CaseRecords;
import org.acogida.reception.internal.DuplicateRecords;
import org.acogida.reception.internal.RegistrationRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as its page shows it: the person, their registration, their family on the same flight,
 * their other cases, the timeline, the tasks due and the panels other modules add.
 */
@Component
public class CaseFile {

    private final CaseRecords cases;
    private final RegistrationRecords registrations;
    private final DuplicateRecords persons;
    private final CaseEvents events;
    private final Duplicates duplicates;
    private final Movements movements;
    /** Looked up when a page is drawn: the modules that add panels and tasks use this class themselves. */
    private final ObjectProvider<CasePanel> panels;
    private final ObjectProvider<CaseTask.Source> taskSources;
    private final AuditLog audit;

    CaseFile(CaseRecords cases, RegistrationRecords registrations, DuplicateRecords persons, CaseEvents events, Duplicates duplicates,
             Movements movements, ObjectProvider<CasePanel> panels, ObjectProvider<CaseTask.Source> taskSources, AuditLog audit) {
        this.cases = cases;
        this.registrations = registrations;
        this.persons = persons;
        this.events = events;
        this.duplicates = duplicates;
        this.movements = movements;
        this.panels = panels;
        this.taskSources = taskSources;
        this.audit = audit;
    }

    /** A panel of another module, ready to draw: its fragment and what it shows. */
    public record Panel(String fragment, Object content) {}

    public record View(ReceptionCase receptionCase, RegistrationDetails registration, boolean registered, List<ReceptionCase> family,
                       List<ReceptionCase> otherCasesOfPerson, List<Duplicates.Pair> duplicates, List<Movement> movements,
                       List<CaseTask> tasks, List<Panel> panels, List<CaseEvent> timeline) {}

    /** Everything on the case page; opening a person's case is recorded in the audit trail. */
    @Transactional
    public View open(UUID caseId) {
        ReceptionCase found = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        audit.record(AuditAction.READ, "reception_case", caseId, found.memberState());
        List<ReceptionCase> family = found.familyUnitId() == null || found.flightId() == null ? List.of()
                : cases.family(found.flightId(), found.familyUnitId(), caseId);
        List<UUID> personCases = persons.casesOfPerson(found.personId());
        List<ReceptionCase> others = cases.inOrder(personCases.stream().filter(id -> !id.equals(caseId)).toList());
        List<CaseTask> tasks = new ArrayList<>();
        taskSources.forEach(source -> tasks.addAll(source.tasks(found)));
        tasks.sort(Comparator.comparing(CaseTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Panel> shown = new ArrayList<>();
        for (CasePanel panel : panels.stream().sorted(Comparator.comparingInt(CasePanel::order)).toList()) {
            panel.content(found).ifPresent(content -> shown.add(new Panel(panel.fragment(), content)));
        }
        return new View(found, registrations.details(found), registrations.isRegistered(caseId), family, others, duplicates.of(List.of(caseId)),
                movements.ofCase(caseId), tasks, shown, events.timeline(caseId));
    }

    /** The case itself, for another module acting on it; a case of another member is not found. */
    @Transactional(readOnly = true)
    public ReceptionCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
    }

    /** The case with its registration, for a document printed with the holder's details and language. */
    @Transactional(readOnly = true)
    public RegistrationDetails registration(UUID caseId) {
        return registrations.details(find(caseId));
    }

    /** The cases created from a flight, in the order they were created. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> ofFlight(UUID flightId) {
        return cases.ofFlight(flightId);
    }

    /** The others of a family unit that travelled together with this case. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> familyOf(ReceptionCase c) {
        return c.familyUnitId() == null || c.flightId() == null ? List.of() : cases.family(c.flightId(), c.familyUnitId(), c.id());
    }

    /** Every case of the same person as this one (this one included): one person deported more than once has several. */
    @Transactional(readOnly = true)
    public List<UUID> casesOfPerson(ReceptionCase c) {
        return persons.casesOfPerson(c.personId());
    }

    /** The end of the day a person arrived, in UTC: when the desk's work on them is due. */
    static Instant endOfArrivalDay(ReceptionCase c) {
        return c.arrivedOn().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
    }

}
