package org.acogida.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * One person's record from one arrival on. {@code personId} is shared by the cases an officer found
 * to be the same person (someone deported twice has two cases); it is the case's own id until then.
 * {@code familyId} is shared by the cases that travelled as one family unit, or null. {@code minor}:
 * under the member's age of majority on the day the case was opened, or declared a minor.
 * {@code version} grows with every change to the case: an edit names the version it was made on.
 */
public record Case(UUID id, UUID personId, String memberState, long caseNumber, LocalDate openedOn, Identity identity, boolean minor,
                   boolean unaccompanied, UUID familyId, CaseStatus status, int version, Instant createdAt) {

    /** The number officers read out and write down, e.g. GTM-000123. */
    public String reference() {
        return reference(memberState, caseNumber);
    }

    public static String reference(String memberState, long caseNumber) {
        return String.format("%s-%06d", memberState, caseNumber);
    }

    public String displayName() {
        return identity.displayName();
    }

    public String nationality() {
        return identity.nationality();
    }

    public LocalDate dateOfBirth() {
        return identity.dateOfBirth();
    }

    /** Age in whole years on the day the case was opened, or null when the date of birth is not known. */
    public Integer ageWhenOpened() {
        return identity.dateOfBirth() == null ? null : Period.between(identity.dateOfBirth(), openedOn).getYears();
    }

    /** A national of another country than the member holding the case. */
    public boolean nonNational() {
        return !identity.nationality().equals(memberState);
    }
}
