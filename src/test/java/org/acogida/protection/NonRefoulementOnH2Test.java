package org.acogida.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.H2Test;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's embedded database refuses a movement to a feared country by its own trigger, as PostgreSQL does. */
@H2Test
class NonRefoulementOnH2Test {

    @Autowired
    Claims claims;
    @Autowired
    Movements movements;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMovementToAFearedCountryWrittenPastTheApplicationIsRefusedByTheDatabase() {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        UUID person = Walkers.walkIn(arrivals, officer, "Joseph " + members.canary, "Wideline", LocalDate.of(1993, 6, 21), "HTI", null);
        Actors.as(members.ownUsers.get(Role.PROTECTION_OFFICER).actor(), () -> claims.record(person,
                new Claims.NewClaim("HTI", Set.of(ClaimGround.GENERALISED_VIOLENCE), "Pandillas", false)));

        assertThatThrownBy(() -> Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql("""
                INSERT INTO movement (id, member_state, case_id, kind, destination_country, status, proposed_by, proposed_at)
                VALUES (:id, 'GTM', :case, 'RETURN', 'HTI', 'PROPOSED', :by, CURRENT_TIMESTAMP)""")
                .param("id", UUID.randomUUID()).param("case", person).param("by", officer.userId()).update())))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("AC001"));
        assertThat(Actors.as(members.ownUsers.get(Role.CASE_WORKER).actor(), () -> movements.propose(person, Movement.Kind.RETURN, "HTI", null)))
                .isInstanceOf(Movements.Proposed.Refused.class);
        assertThat(Actors.as(members.ownUsers.get(Role.CASE_WORKER).actor(), () -> movements.propose(person, Movement.Kind.RETURN, "DOM", null)))
                .isInstanceOf(Movements.Proposed.Done.class);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "AC001".equals(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
