package org.acogida.reception;

import java.util.ArrayList;
import java.util.List;

import org.acogida.cases.Case;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.CaseTask;
import org.acogida.cases.DuplicateReview;
import org.acogida.cases.Duplicates;
import org.acogida.cases.Persons;
import org.springframework.stereotype.Component;

/** The desk's own tasks on a case: registering a person who is here, deciding on a possible duplicate, tracing a separated family member. */
@Component
class ReceptionTasks implements CaseTask.Source {

    private final Persons persons;
    private final Duplicates duplicates;

    ReceptionTasks(Persons persons, Duplicates duplicates) {
        this.persons = persons;
        this.duplicates = duplicates;
    }

    @Override
    public List<CaseTask> tasks(Case c) {
        List<CaseTask> tasks = new ArrayList<>();
        if (c.status() == CaseStatus.ACTIVE && !persons.registered(c.id())) {
            tasks.add(new CaseTask("task.register", List.of(), CaseFile.endOfArrivalDay(c), false));
        }
        long pending = duplicates.of(List.of(c.id())).stream().filter(p -> p.review().status() == DuplicateReview.Status.PENDING).count();
        if (pending > 0) {
            tasks.add(new CaseTask("task.duplicate", List.of(pending), CaseFile.endOfArrivalDay(c), false));
        }
        if (persons.of(c).separatedFrom() != null) {
            tasks.add(new CaseTask("task.trace-family", List.of(), null, false));
        }
        return tasks;
    }
}
