package org.acogida.platform.jdbc;

import java.util.regex.Pattern;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.MemberScope;
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

    public ScopedJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcClient.StatementSpec sql(String sql) {
        if (!MEMBER_PARAMETER.matcher(sql).find()) {
            throw new IllegalArgumentException("A statement on member data must be restricted by :member — " + sql);
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Member data is read and written inside a transaction, so that the audit entry and the database scope go with it");
        }
        return jdbc.sql(sql).param("member", member());
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
