package org.acogida.flights.protocol.rules;

import org.acogida.flights.RuleResult;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.FlightRule;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;

/** The arrival point can receive this flight's people on top of the others that day and that week. */
public final class ReceptionCapacity implements FlightRule {
    @Override
    public String name() {
        return "reception-capacity";
    }

    @Override
    public RuleResult check(FlightFacts flight, ProtocolParameters protocol, MemberPolicy policy) {
        if (flight.capacity() == null) {
            return RuleResult.review(name(), false, "reason.capacity.undeclared", flight.arrivalPoint());
        }
        int passengers = flight.manifest() == null ? flight.declaredPassengers() : flight.manifest().passengers();
        int day = flight.otherPassengersSameDay() + passengers;
        int week = flight.otherPassengersSameWeek() + passengers;
        if (day > flight.capacity().personsPerDay()) {
            return RuleResult.review(name(), false, "reason.capacity.day", day, flight.capacity().personsPerDay());
        }
        if (week > flight.capacity().personsPerWeek()) {
            return RuleResult.review(name(), false, "reason.capacity.week", week, flight.capacity().personsPerWeek());
        }
        return RuleResult.pass(name(), false, "reason.capacity.enough", day, flight.capacity().personsPerDay(), week,
                flight.capacity().personsPerWeek());
    }
}
