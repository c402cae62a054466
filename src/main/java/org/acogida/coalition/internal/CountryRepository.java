package org.acogida.coalition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Country;
import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@CrossMemberAccess("Reference data: public facts on countries and arrival points, the same for every member.")
public class CountryRepository {

    private final JdbcClient jdbc;

    CountryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Country> all() {
        return jdbc.sql("""
                        SELECT c.*, m.iso3 AS member_iso3 FROM country c
                        LEFT JOIN member_state m ON m.iso3 = c.iso3
                        ORDER BY c.name_en""")
                .query((rs, n) -> new Country(rs.getString("iso3"), rs.getString("name_en"), rs.getLong("population"),
                        rs.getLong("gdp_usd"), rs.getBigDecimal("unemployment_pct"), rs.getLong("exports_to_us_usd"),
                        rs.getString("top_exports_to_us"), Optional.ofNullable(rs.getBigDecimal("remittances_pct_gdp")),
                        rs.getString("data_year"), rs.getString("sources"), rs.getString("member_iso3") != null))
                .list();
    }

    /** Returns whether the country was admitted now (false if it already was a member). */
    @Transactional
    public boolean admit(String iso3, LocalDate on) {
        boolean known = jdbc.sql("SELECT count(*) FROM country WHERE iso3 = :iso3").param("iso3", iso3).query(Long.class).single() == 1;
        if (!known) {
            throw new IllegalArgumentException("No country with ISO 3166-1 alpha-3 code " + iso3 + " in the reference data");
        }
        boolean member = jdbc.sql("SELECT count(*) FROM member_state WHERE iso3 = :iso3").param("iso3", iso3).query(Long.class).single() == 1;
        if (!member) {
            jdbc.sql("INSERT INTO member_state (iso3, admitted_on) VALUES (:iso3, :on)").param("iso3", iso3).param("on", on).update();
        }
        return !member;
    }

    @Transactional(readOnly = true)
    public List<ArrivalPoint> arrivalPoints() {
        return jdbc.sql("SELECT * FROM arrival_point ORDER BY country, kind, code")
                .query((rs, n) -> new ArrivalPoint(rs.getString("code"), rs.getString("country"),
                        ArrivalPoint.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("city"),
                        rs.getString("source")))
                .list();
    }
}
