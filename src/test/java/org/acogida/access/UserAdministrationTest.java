package org.acogida.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator manages the users of their own member, never their own account, never an analyst, never another member. */
@PostgresTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    TwoMembers members;
    SignedInUser admin;

    @BeforeEach
    void members() {
        members = TwoMembers.create(countries, localities, users, "COL", "ECU");
        admin = members.ownUsers.get(Role.ADMINISTRATOR);
    }

    @Test
    void aNewUserBelongsToTheAdministratorsMemberWhateverTheFormSays() throws Exception {
        String username = members.canary + ".new";
        mvc.perform(post("/admin/users").with(authentication(TwoMembers.authentication(admin))).with(csrf())
                        .param("username", username).param("displayName", "Nueva Persona").param("role", "CASE_WORKER")
                        .param("language", "es").param("password", "a long enough passphrase 2025")
                        .param("memberState", members.other).param("member_state", members.other))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(column("member_state", username)).isEqualTo(members.own);
        assertThat(audited("CREATE", username)).isTrue();
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRoleOrStatus() {
        UserChange change = as(admin, () -> users.update(admin.id(), 0, new Users.Changes("Me", Role.CASE_WORKER, "es", false)));
        assertThat(change).isEqualTo(UserChange.Refused.ownAccount());
        assertThat(column("role", admin.username())).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void anAdministratorCannotCreateACoalitionAnalyst() {
        UserChange change = as(admin, () -> users.create(
                new Users.NewUser(members.canary + ".analyst2", "X", Role.COALITION_ANALYST, "es"), "a long enough passphrase 2025"));
        assertThat(change).isEqualTo(new UserChange.Refused("role", "user.refused.analyst"));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReason() throws Exception {
        mvc.perform(post("/admin/users").with(authentication(TwoMembers.authentication(admin))).with(csrf())
                        .param("username", members.canary + ".weak").param("displayName", "Débil").param("role", "CASE_WORKER")
                        .param("language", "es").param("password", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Esa contraseña es demasiado común"));
        assertThat(exists(members.canary + ".weak")).isFalse();
    }

    @Test
    void aStaleEditIsRefusedNotSilentlyMerged() {
        SignedInUser officer = members.ownUsers.get(Role.RECEPTION_OFFICER);
        UserChange first = as(admin, () -> users.update(officer.id(), 0, new Users.Changes("First edit", Role.RECEPTION_OFFICER, "es", true)));
        UserChange second = as(admin, () -> users.update(officer.id(), 0, new Users.Changes("Second edit", Role.CASE_WORKER, "es", true)));
        assertThat(first).isInstanceOf(UserChange.Saved.class);
        assertThat(second).isEqualTo(new UserChange.Refused(null, "form.conflict"));
        assertThat(column("display_name", officer.username())).isEqualTo("First edit");
    }

    private <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TwoMembers.authentication(user));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private String column(String column, String username) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql("SELECT " + column + " FROM app_user WHERE username = :u")
                .param("u", username).query(String.class).single()));
    }

    private boolean exists(String username) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u")
                .param("u", username).query(Long.class).single() > 0));
    }

    private boolean audited(String action, String username) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql("""
                        SELECT count(*) FROM audit_entry a JOIN app_user u ON a.record_id = CAST(u.id AS VARCHAR)
                        WHERE a.action = :action AND u.username = :u AND a.actor_user_id = :admin""")
                .param("action", action).param("u", username).param("admin", admin.id()).query(Long.class).single() == 1));
    }
}
