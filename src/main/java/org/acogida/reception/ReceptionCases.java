package org.acogida.reception;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CaseNotFound;
import org.acogida.cases.Cases;
import org.acogida.cases.Persons;
import org.acogida.reception.internal.ArrivalRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member's cases as the desk sees them: each with its arrival. A case of another member is not found. */
@Component
public class ReceptionCases {

    private final Cases cases;
    private final Persons persons;
    private final ArrivalRecords arrivals;

    ReceptionCases(Cases cases, Persons persons, ArrivalRecords arrivals) {
        this.cases = cases;
        this.persons = persons;
        this.arrivals = arrivals;
    }

    @Transactional(readOnly = true)
    public ReceptionCase find(UUID caseId) {
        Case found = cases.find(caseId);
        return new ReceptionCase(found, arrivals.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId)));
    }

    /** These cases, in the order of the ids given; those without an arrival are left out. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> inOrder(List<UUID> ids) {
        return withArrivals(cases.inOrder(ids));
    }

    /** These cases, each with its arrival, in the order given. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> withArrivals(List<Case> found) {
        Map<UUID, Arrival> arrived = arrivals.of(found.stream().map(Case::id).toList());
        return found.stream().filter(c -> arrived.containsKey(c.id())).map(c -> new ReceptionCase(c, arrived.get(c.id()))).toList();
    }

    /**
     * What the case looks like now, field by field, for a revision and a conflict message. The
     * check-in is part of it: a check-in between opening and saving a form is a change too.
     */
    @Transactional(readOnly = true)
    public Map<String, String> fields(ReceptionCase c) {
        Map<String, String> fields = new LinkedHashMap<>(persons.fields(c.personCase()));
        fields.put("checkIn", c.checkIn().name());
        return fields;
    }

    /** The cases created from a flight, in the order they were created. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> ofFlight(UUID flightId) {
        return inOrder(arrivals.ofFlight(flightId)).stream().sorted(Comparator.comparingLong(c -> c.personCase().caseNumber())).toList();
    }
}
