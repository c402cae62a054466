package org.acogida.reception.internal;

import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.cases.IdentityCorrected;
import org.acogida.cases.Persons;
import org.acogida.cases.names.SearchKeys;
import org.acogida.platform.actor.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk searches its own copy of each case's folded names (arrival.search_key): one table, one
 * index, for the thousands of people in a point's last days. When a case's identity is corrected,
 * whoever corrects it, the copy is made again from the case as it now is.
 */
@Component
class DeskSearchKeys {

    private final Cases cases;
    private final Persons persons;
    private final ArrivalRecords arrivals;
    private final TransactionTemplate transaction;

    DeskSearchKeys(Cases cases, Persons persons, ArrivalRecords arrivals, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.persons = persons;
        this.arrivals = arrivals;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After the correction committed, in a transaction of its own scoped to the case's member; taking the copy twice changes nothing. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IdentityCorrected event) {
        UUID caseId = event.caseId();
        Actors.onBehalfOf(event.memberState(), "the desk's copy of a case's names", () -> transaction.executeWithoutResult(status -> {
            Case corrected = cases.find(caseId);
            Identity person = corrected.identity();
            arrivals.replaceSearchKey(caseId, SearchKeys.names(person.lastNames(), person.firstNames(), persons.of(corrected).namesInScript()),
                    SearchKeys.document(person.documentNumber()));
        }));
    }
}
