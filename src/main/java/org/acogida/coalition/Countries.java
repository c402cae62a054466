package org.acogida.coalition;

import java.util.List;
import java.util.Optional;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.internal.CountryRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The countries of the region, their facts, and which of them are members of the coalition. */
@Component
public class Countries {

    private final CountryRepository countries;
    private final AuditLog audit;

    Countries(CountryRepository countries, AuditLog audit) {
        this.countries = countries;
        this.audit = audit;
    }

    public List<Country> all() {
        return countries.all();
    }

    public List<Country> members() {
        return countries.all().stream().filter(Country::member).toList();
    }

    public Optional<Country> find(String iso3) {
        return countries.all().stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    public boolean isMember(String iso3) {
        return find(iso3).map(Country::member).orElse(false);
    }

    /** The member's age of majority, telephone country code and child-protection authority, with their sources. */
    public MemberFacts facts(String iso3) {
        return MemberFacts.of(iso3);
    }

    /** Admits a country to the coalition. Admitting a member again changes nothing. */
    @Transactional
    public void admit(String iso3, java.time.LocalDate on) {
        if (countries.admit(iso3, on)) {
            audit.record(AuditAction.CREATE, "member_state", iso3, iso3);
        }
    }

    public List<ArrivalPoint> arrivalPoints() {
        return countries.arrivalPoints();
    }

    public List<ArrivalPoint> arrivalPointsOf(String iso3) {
        return countries.arrivalPoints().stream().filter(a -> a.country().equals(iso3)).toList();
    }
}
