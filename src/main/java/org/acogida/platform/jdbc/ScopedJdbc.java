package org.acogida.platform.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.MemberScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first lock on member data, and the only door to it. Every statement must use the named
 * parameter {@code :member}, and this class alone binds it, from the signed-in user's member state.
 * A query that forgets the parameter fails at once instead of leaking; a form cannot name another
 * member because the value never comes from the request. Row-level security in PostgreSQL is the
 * second lock (see docs/adr/0003-member-isolation.md).
 */
@Component
public class ScopedJdbc {

    private static final Pattern MEMBER_PARAMETER = Pattern.compile(":member\\b");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    public ScopedJdbc(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public JdbcClient.StatementSpec sql(String sql) {
        check(sql);
        return jdbc.sql(sql).param("member", member());
    }

    /** One statement run for many rows in a single round trip, each row bound with the current member. */
    public int[] batch(String sql, List<Map<String, Object>> rows) {
        check(sql);
        String member = member();
        MapSqlParameterSource[] parameters = rows.stream().map(row -> {
            Map<String, Object> values = new HashMap<>(row);
            values.put("member", member);
            return new MapSqlParameterSource(values);
        }).toArray(MapSqlParameterSource[]::new);
        return batches.batchUpdate(sql, parameters);
    }

    private static void check(String sql) {
        if (!MEMBER_PARAMETER.matcher(sql).find()) {
            throw new IllegalArgumentException("A statement on member data must be restricted by :member — " + sql);
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Member data is read and written inside a transaction, so that the audit entry and the database scope go with it");
        }
    }

    /** The member state whose rows the current work may touch. */
    public String member() {
        MemberScope scope = Actors.scope();
        if (scope instanceof MemberScope.OfMember(String memberState)) {
            return memberState;
        }
        throw new MemberScopeRequired(scope);
    }
}
