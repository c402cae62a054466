package org.acogida.flights.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acogida.flights.Decision;
import org.acogida.flights.Outcome;
import org.acogida.flights.RuleResult;

/**
 * A flight's evaluation awaiting the coordinator's word: accepted, every rule passing, not yet
 * confirmed; changed one field at a time by each decision rule's test.
 */
final class DecisionFixture {

    Outcome outcome = Outcome.ACCEPT;
    List<RuleResult> results = new ArrayList<>(List.of(RuleResult.pass("allowed-aircraft", true, "reason.aircraft.allowed", "CHARTER"),
            RuleResult.pass("no-diversion", true, "reason.diversion.none")));

    static DecisionFixture accepted() {
        return new DecisionFixture();
    }

    /** Refused because another member refused the mission under the protocol and the coalition has not voted. */
    static DecisionFixture refusedAsADiversion() {
        DecisionFixture f = new DecisionFixture();
        f.outcome = Outcome.REFUSE;
        f.results.set(1, RuleResult.refuse("no-diversion", true, "reason.diversion.refused-elsewhere"));
        return f;
    }

    Decision decision() {
        return new Decision(UUID.randomUUID(), UUID.randomUUID(), outcome, 1, 1, 1, List.copyOf(results), outcome == Outcome.REFUSE,
                Instant.parse("2026-11-28T10:00:00Z"), null, null, null, null);
    }
}
