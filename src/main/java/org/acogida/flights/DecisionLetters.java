package org.acogida.flights;

import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.flights.decision.DecisionLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A flight's decision letter as a file: made and its export audited in one transaction. */
@Component
public class DecisionLetters {

    public record Letter(Flight flight, byte[] pdf) {}

    private final FlightNotices notices;
    private final FlightDecisions decisions;
    private final DecisionLetter letter;
    private final AuditLog audit;

    DecisionLetters(FlightNotices notices, FlightDecisions decisions, DecisionLetter letter, AuditLog audit) {
        this.notices = notices;
        this.decisions = decisions;
        this.letter = letter;
        this.audit = audit;
    }

    @Transactional
    public Letter of(UUID flightId) {
        Flight flight = notices.flight(flightId);
        Decision decision = decisions.decision(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
        byte[] pdf = letter.render(flight, decision);
        audit.record(AuditAction.EXPORT, "flight_decision", decision.id(), flight.memberState());
        return new Letter(flight, pdf);
    }
}
