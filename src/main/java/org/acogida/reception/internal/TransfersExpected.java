package org.acogida.reception.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.acogida.cases.Case;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.reception.Arrival;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.CheckIn;
import org.acogida.sharing.TransferArrived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person transferred from another member is expected at the arrival point its coordinator chose:
 * the desk lists them and checks them in as anyone it expects. Written in the transaction that
 * opened their cases, so that no transferred case is ever without its arrival.
 */
@Component
class TransfersExpected {

    private final Cases cases;
    private final ArrivalRecords arrivals;

    TransfersExpected(Cases cases, ArrivalRecords arrivals) {
        this.cases = cases;
        this.arrivals = arrivals;
    }

    @EventListener
    void expect(TransferArrived transfer) {
        List<Case> opened = cases.inOrder(transfer.caseIds());
        List<Arrival> expected = opened.stream().map(c -> new Arrival(c.id(), ArrivalKind.TRANSFER, null, null, transfer.arrivalPoint(),
                transfer.on(), null, null, CheckIn.EXPECTED, null)).toList();
        Map<java.util.UUID, Identity> identities = opened.stream().collect(Collectors.toMap(Case::id, Case::identity));
        arrivals.insertAll(expected, identities);
    }
}
