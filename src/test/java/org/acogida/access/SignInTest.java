package org.acogida.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Signing in and out through the real login form, lockout, sessions that end, and the headers every page carries. */
@PostgresTest
class SignInTest {

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
    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    TwoMembers members;
    SignedInUser officer;

    @BeforeEach
    void members() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER);
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user(officer.username()).password(TwoMembers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount("SIGN_IN", officer)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadTheSame() throws Exception {
        var wrong = mvc.perform(formLogin("/login").user(officer.username()).password("not the password at all"))
                .andReturn().getResponse();
        var unknown = mvc.perform(formLogin("/login").user("nobody-" + members.canary).password("not the password at all"))
                .andReturn().getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(unknown.getRedirectedUrl());
        assertThat(auditCount("SIGN_IN_FAILED", officer)).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLockReadsLikeAWrongPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(auditCount("LOCKED_OUT", officer)).as("locked after %d attempts", i).isZero();
            mvc.perform(formLogin("/login").user(officer.username()).password("wrong guess number " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(officer.username()).password(TwoMembers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOCKED_OUT", officer)).isEqualTo(1);
        Boolean locked = Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(
                "SELECT locked_until > now() FROM app_user WHERE id = :id").param("id", officer.id()).query(Boolean.class).single()));
        assertThat(locked).isTrue();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        MockHttpSession session = signIn(officer);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(auditCount("SIGN_OUT", officer)).isEqualTo(1);
    }

    @Test
    void disablingAUserEndsTheirSessions() throws Exception {
        MockHttpSession session = signIn(officer);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        SignedInUser admin = members.ownUsers.get(Role.ADMINISTRATOR);
        MockHttpSession adminSession = signIn(admin);
        UserAccount account = mvc.perform(get("/admin/users/" + officer.id()).session(adminSession)).andReturn()
                .getModelAndView().getModel().get("user") instanceof UserAccount user ? user : null;
        assertThat(account).isNotNull();
        mvc.perform(post("/admin/users/" + officer.id()).session(adminSession).with(csrf())
                        .param("displayName", account.displayName()).param("role", account.role().name())
                        .param("language", "es").param("_enabled", "on").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/users/" + officer.id()));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(formLogin("/login").user(officer.username()).password(TwoMembers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsButNotThisOne() throws Exception {
        MockHttpSession here = signIn(officer);
        MockHttpSession elsewhere = signIn(officer);
        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", TwoMembers.PASSWORD).param("newPassword", "a brand new passphrase for 2026"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        MockHttpSession session = signIn(members.ownUsers.get(Role.MEMBER_COORDINATOR));
        mvc.perform(post("/localities").session(session).param("name", "No token").param("kind", "SITE")
                .param("adminArea", "X").param("capacityPersons", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", officer.username()).param("password", TwoMembers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpSession session = signIn(members.ownUsers.get(Role.ADMINISTRATOR));
        for (String page : List.of("/login", "/", "/admin/users", "/localities")) {
            mvc.perform(get(page).session(session))
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("script-src 'self'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        }
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void pagesAreClosedToRolesThatDoNotNeedThem() throws Exception {
        mvc.perform(get("/admin/users").session(signIn(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/localities").session(signIn(members.analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    private MockHttpSession signIn(SignedInUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user.username()).password(TwoMembers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private long auditCount(String action, SignedInUser user) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(
                        "SELECT count(*) FROM audit_entry WHERE action = :action AND actor_user_id = :id AND client_address IS NOT NULL")
                .param("action", action).param("id", user.id()).query(Long.class).single()));
    }
}
