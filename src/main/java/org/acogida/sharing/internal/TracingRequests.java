package org.acogida.sharing.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.acogida.coalition.CountryNames;
import org.acogida.sharing.Sought;

/** The checks a tracing request passes before it is sent: names to search by, a date of birth not in the future, a known relationship. */
public final class TracingRequests {

    static final int LONGEST_NAMES = 200;
    private static final Set<String> SEXES = Set.of("F", "M", "X");

    private TracingRequests() {
    }

    public static Validated<Sought> check(Sought sought, LocalDate today) {
        if (sought == null || sought.relationship() == null) {
            return new Validated.Refused<>("relationship", "sharing.refused.relationship");
        }
        if (blankOrLong(sought.lastNames())) {
            return new Validated.Refused<>("soughtLastNames", "sharing.refused.sought-names");
        }
        if (blankOrLong(sought.firstNames())) {
            return new Validated.Refused<>("soughtFirstNames", "sharing.refused.sought-names");
        }
        if (sought.dateOfBirth() != null && (sought.dateOfBirth().isAfter(today) || sought.dateOfBirth().isBefore(today.minusYears(120)))) {
            return new Validated.Refused<>("soughtDateOfBirth", "sharing.refused.sought-born");
        }
        String sex = sought.sex() == null || sought.sex().isBlank() ? null : sought.sex();
        if (sex != null && !SEXES.contains(sex)) {
            return new Validated.Refused<>("soughtSex", "sharing.refused.sought-sex");
        }
        String nationality = null;
        if (sought.nationality() != null && !sought.nationality().isBlank()) {
            Optional<String> resolved = CountryNames.resolve(sought.nationality().strip());
            if (resolved.isEmpty()) {
                return new Validated.Refused<>("soughtNationality", "sharing.refused.sought-nationality");
            }
            nationality = resolved.get();
        }
        return new Validated.Valid<>(new Sought(sought.lastNames().strip(), sought.firstNames().strip(), sought.dateOfBirth(), sex, nationality,
                sought.relationship()));
    }

    private static boolean blankOrLong(String names) {
        return names == null || names.isBlank() || names.strip().length() > LONGEST_NAMES;
    }
}
