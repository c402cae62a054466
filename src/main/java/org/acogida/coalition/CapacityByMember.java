package org.acogida.coalition;

import java.util.List;

import org.acogida.platform.jdbc.CrossMemberAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Totals of hosting capacity per member state: an aggregate the secretariat may see, with no record in it. */
@Component
@CrossMemberAccess("Aggregates for the coalition secretariat: counts and sums per member, no rows.")
public class CapacityByMember {

    public record Total(String memberState, int localities, long capacityPersons) {}

    private final JdbcClient jdbc;

    CapacityByMember(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Total> totals() {
        return jdbc.sql("""
                        SELECT m.iso3, count(l.id) AS localities, coalesce(sum(l.capacity_persons), 0) AS capacity
                        FROM member_state m LEFT JOIN locality l ON l.member_state = m.iso3
                        GROUP BY m.iso3 ORDER BY m.iso3""")
                .query((rs, n) -> new Total(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
    }
}
