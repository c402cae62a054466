package org.acogida.reception;

import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.Identity;

/** A case as the desk sees it: the person's case and how they arrived. */
public record ReceptionCase(Case personCase, Arrival arrival) {

    public UUID id() {
        return personCase.id();
    }

    public String reference() {
        return personCase.reference();
    }

    public String displayName() {
        return personCase.displayName();
    }

    public Identity identity() {
        return personCase.identity();
    }

    public int version() {
        return personCase.version();
    }

    public CheckIn checkIn() {
        return arrival.checkIn();
    }

    public String arrivalPoint() {
        return arrival.arrivalPoint();
    }

    /** Age in whole years on the day of arrival, or null when the date of birth is not known. */
    public Integer ageOnArrival() {
        return personCase.ageWhenOpened();
    }
}
