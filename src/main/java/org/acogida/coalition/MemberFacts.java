package org.acogida.coalition;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * What the software must know of a member's own law and services, each fact with the source it
 * was taken from: the age of majority (who is a child), the telephone country code, and the
 * authority to be told of a child without a carer. Read from reference/member-facts.csv, one row
 * for every country that can be admitted to the coalition.
 *
 * @param phonePrefix the ITU-T E.164 country code, without the "+"
 */
public record MemberFacts(String iso3, int ageOfMajority, String ageOfMajoritySource, String phonePrefix, String phonePrefixSource,
                          String childProtectionAuthority, String childProtectionAuthoritySource) {

    private static final Map<String, MemberFacts> BY_COUNTRY = new LinkedHashMap<>();
    private static final Map<String, String> COUNTRY_OF_ARRIVAL_POINT = new LinkedHashMap<>();

    static {
        for (CSVRecord row : ReferenceFile.rows("member-facts.csv")) {
            BY_COUNTRY.put(row.get("iso3"), new MemberFacts(row.get("iso3"), Integer.parseInt(row.get("age_of_majority")),
                    row.get("age_of_majority_source"), row.get("phone_prefix"), row.get("phone_prefix_source"),
                    row.get("child_protection_authority"), row.get("child_protection_authority_source")));
        }
        for (CSVRecord row : ReferenceFile.rows("arrival-points.csv")) {
            COUNTRY_OF_ARRIVAL_POINT.put(row.get("code"), row.get("country"));
        }
    }

    /** Whether a person born on that day is still a minor on the other under this member's law. */
    public boolean minorOn(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears() < ageOfMajority;
    }

    /** The facts of a country that can be a member; a country without them is a gap in the reference data, a bug. */
    public static MemberFacts of(String iso3) {
        MemberFacts facts = BY_COUNTRY.get(iso3);
        if (facts == null) {
            throw new IllegalStateException("No member facts for " + iso3 + " in reference/member-facts.csv");
        }
        return facts;
    }

    /** The facts of the member an arrival point belongs to: a flight's member is the country it lands in. */
    public static MemberFacts atArrivalPoint(String code) {
        String country = COUNTRY_OF_ARRIVAL_POINT.get(code);
        if (country == null) {
            throw new IllegalStateException("No arrival point " + code + " in reference/arrival-points.csv");
        }
        return of(country);
    }

    public static List<MemberFacts> all() {
        return List.copyOf(BY_COUNTRY.values());
    }
}
