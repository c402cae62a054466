package org.acogida.reception;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CaseNotFound;
import org.acogida.cases.Cases;
import org.acogida.reception.internal.ArrivalRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member's cases as the desk sees them: each with its arrival. A case of another member is not found. */
@Component
public class ReceptionCases {

    private final Cases cases;
    private final ArrivalRecords arrivals;

    ReceptionCases(Cases cases, ArrivalRecords arrivals) {
        this.cases = cases;
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

    /** The cases created from a flight, in the order they were created. */
    @Transactional(readOnly = true)
    public List<ReceptionCase> ofFlight(UUID flightId) {
        return inOrder(arrivals.ofFlight(flightId)).stream().sorted(Comparator.comparingLong(c -> c.personCase().caseNumber())).toList();
    }
}
