package org.acogida.reception;

import java.util.ArrayList;
import java.util.List;

import org.acogida.reception.internal.DuplicateRecords;
import org.acogida.reception.internal.RegistrationRecords;
import org.springframework.stereotype.Component;

/** The desk's own tasks on a case: registering a person who is here, deciding on a possible duplicate, tracing a separated family member. */
@Component
class ReceptionTasks implements CaseTask.Source {

    private final RegistrationRecords registrations;
    private final DuplicateRecords duplicates;

    ReceptionTasks(RegistrationRecords registrations, DuplicateRecords duplicates) {
        this.registrations = registrations;
        this.duplicates = duplicates;
    }

    @Override
    public List<CaseTask> tasks(ReceptionCase c) {
        List<CaseTask> tasks = new ArrayList<>();
        if (c.checkIn() == CheckIn.PRESENT && !registrations.isRegistered(c.id())) {
            tasks.add(new CaseTask("task.register", List.of(), CaseFile.endOfArrivalDay(c), false));
        }
        long pending = duplicates.ofCases(List.of(c.id())).stream().filter(r -> r.status() == DuplicateReview.Status.PENDING).count();
        if (pending > 0) {
            tasks.add(new CaseTask("task.duplicate", List.of(pending), CaseFile.endOfArrivalDay(c), false));
        }
        if (registrations.details(c).separatedFrom() != null) {
            tasks.add(new CaseTask("task.trace-family", List.of(), null, false));
        }
        return tasks;
    }
}
