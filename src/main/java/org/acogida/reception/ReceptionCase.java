package org.acogida.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * One arrival of a person at reception. Names are kept exactly as given, in their script.
 * {@code personId} is shared by the cases an officer found to be the same person (someone deported
 * twice has two cases); it is the case's own id until then.
 */
public record ReceptionCase(UUID id, UUID personId, String memberState, long caseNumber, ArrivalKind arrivalKind, UUID flightId, String passengerId,
                            String arrivalPoint, LocalDate arrivedOn, String lastNames, String firstNames, LocalDate dateOfBirth,
                            String sex, String nationality, String documentType, String documentNumber, String familyUnitId,
                            boolean juvenile, boolean unaccompanied, String medicalNotes, CheckIn checkIn, Instant checkedInAt,
                            int version, Instant createdAt) {

    /** The number officers read out and write down, e.g. GTM-000123. */
    public String reference() {
        return reference(memberState, caseNumber);
    }

    public static String reference(String memberState, long caseNumber) {
        return String.format("%s-%06d", memberState, caseNumber);
    }

    public String displayName() {
        return lastNames + ", " + firstNames;
    }

    /** Age in whole years on the day of arrival, or null when the date of birth is not known. */
    public Integer ageOnArrival() {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, arrivedOn).getYears();
    }
}
