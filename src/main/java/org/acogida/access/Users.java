package org.acogida.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acogida.access.internal.OwnAccountStore;
import org.acogida.access.internal.SignInRecord;
import org.acogida.access.internal.SignInStore;
import org.acogida.access.internal.UserStore;
import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.platform.i18n.Languages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing users. An administrator manages the users of their own member state only (the store
 * is scoped), never their own role, member state or status, and never creates a coalition analyst:
 * analysts belong to the secretariat and are created on the server's command line.
 */
@Component
public class Users {

    private final UserStore store;
    private final SignInStore signIn;
    private final OwnAccountStore ownAccount;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Users(UserStore store, SignInStore signIn, OwnAccountStore ownAccount, PasswordPolicy policy, PasswordEncoder encoder,
          AuditLog audit, Clock clock, org.springframework.transaction.support.TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.signIn = signIn;
        this.ownAccount = ownAccount;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewUser(String username, String displayName, Role role, String language) {}

    public record Changes(String displayName, Role role, String language, boolean enabled) {}

    @Transactional(readOnly = true)
    public List<UserAccount> ofMember() {
        return store.ofMember();
    }

    @Transactional
    public UserAccount get(UUID id) {
        UserAccount user = store.find(id).orElseThrow(() -> UserNotFound.forId(id));
        audit.record(AuditAction.READ, "user", id, user.memberState());
        return user;
    }

    @Transactional
    public UserChange create(NewUser user, String password) {
        String username = user.username().strip();
        if (!user.role().belongsToMemberState()) {
            return new UserChange.Refused("role", "user.refused.analyst");
        }
        if (signIn.usernameTaken(username)) {
            return new UserChange.Refused("username", "user.refused.username-taken");
        }
        List<PasswordPolicy.Problem> problems = policy.check(password, username);
        if (!problems.isEmpty()) {
            return new UserChange.Refused("password", problems.getFirst().messageKey());
        }
        UUID id = UUID.randomUUID();
        store.insert(id, username, user.displayName().strip(), encoder.encode(password), user.role(),
                Languages.forCode(user.language()).getLanguage(), clock.instant());
        UserAccount created = store.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "user", id, created.memberState());
        return new UserChange.Saved(created);
    }

    /** Saves an administrator's changes, unless they concern their own account or someone saved the user meanwhile. */
    @Transactional
    public UserChange update(UUID id, int version, Changes changes) {
        UserAccount current = store.find(id).orElseThrow(() -> UserNotFound.forId(id));
        if (isSelf(id)) {
            return UserChange.Refused.ownAccount();
        }
        if (!changes.role().belongsToMemberState()) {
            return new UserChange.Refused("role", "user.refused.analyst");
        }
        boolean saved = store.update(id, version, changes.displayName().strip(), changes.role(),
                Languages.forCode(changes.language()).getLanguage(), changes.enabled(), clock.instant());
        if (!saved) {
            return new UserChange.Refused(null, "form.conflict");
        }
        audit.record(AuditAction.UPDATE, "user", id, current.memberState());
        return new UserChange.Saved(store.find(id).orElseThrow());
    }

    /** An administrator sets a new password for a user of their member (for example after a lockout). */
    @Transactional
    public UserChange resetPassword(UUID id, String password) {
        UserAccount current = store.find(id).orElseThrow(() -> UserNotFound.forId(id));
        if (isSelf(id)) {
            return UserChange.Refused.ownAccount();
        }
        List<PasswordPolicy.Problem> problems = policy.check(password, current.username());
        if (!problems.isEmpty()) {
            return new UserChange.Refused("password", problems.getFirst().messageKey());
        }
        store.setPassword(id, encoder.encode(password), clock.instant());
        audit.record(AuditAction.UPDATE, "user", id, current.memberState());
        return new UserChange.Saved(store.find(id).orElseThrow());
    }

    /** The signed-in user changes their own password; returns their new session generation, or a refusal. */
    @Transactional
    public OwnPasswordChange changeOwnPassword(String currentPassword, String newPassword) {
        SignInRecord self = ownAccount.self().orElseThrow();
        if (!encoder.matches(currentPassword, self.passwordHash())) {
            return new OwnPasswordChange.Refused("currentPassword", "account.password.current-wrong");
        }
        List<PasswordPolicy.Problem> problems = policy.check(newPassword, self.username());
        if (!problems.isEmpty()) {
            return new OwnPasswordChange.Refused("newPassword", problems.getFirst().messageKey());
        }
        int generation = ownAccount.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.UPDATE, "user", self.id(), self.memberState());
        return new OwnPasswordChange.Changed(generation);
    }

    public sealed interface OwnPasswordChange {
        record Changed(int sessionGeneration) implements OwnPasswordChange {}

        record Refused(String field, String messageKey) implements OwnPasswordChange {}
    }

    @Transactional
    public void changeOwnLanguage(String language) {
        SignInRecord self = ownAccount.self().orElseThrow();
        ownAccount.changeLanguage(Languages.forCode(language).getLanguage(), clock.instant());
        audit.record(AuditAction.UPDATE, "user", self.id(), self.memberState());
    }

    /**
     * Creates a user from the server's command line, where no one is signed in: the first
     * administrator of a member, or a coalition analyst. The password policy applies as anywhere.
     */
    @Transactional
    public UserChange createFromCommandLine(NewUser user, String memberState, String password) {
        String username = user.username().strip();
        if (user.role().belongsToMemberState() == (memberState == null)) {
            return new UserChange.Refused("member", user.role().belongsToMemberState() ? "user.refused.member-required" : "user.refused.analyst");
        }
        if (signIn.usernameTaken(username)) {
            return new UserChange.Refused("username", "user.refused.username-taken");
        }
        List<PasswordPolicy.Problem> problems = policy.check(password, username);
        if (!problems.isEmpty()) {
            return new UserChange.Refused("password", problems.getFirst().messageKey());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        signIn.insert(new SignInRecord(id, username, user.displayName().strip(), encoder.encode(password), user.role(),
                memberState, true, 0, null, 0, Languages.forCode(user.language()).getLanguage()), now);
        audit.record(AuditAction.CREATE, "user", id, memberState);
        return new UserChange.Saved(new UserAccount(id, username, user.displayName().strip(), user.role(), memberState, true,
                Languages.forCode(user.language()).getLanguage(), null, 0));
    }

    /** The actor a user name stands for, if it exists: for seeding the demo as its staff. */
    public java.util.Optional<org.acogida.platform.actor.Actor> actorFor(String username) {
        return Actors.asSystem("look up a demo actor", () -> transactions.execute(s -> signIn.findByUsername(username)
                .map(user -> new org.acogida.platform.actor.Actor(user.id(), user.role(), user.memberState()))));
    }

    private static boolean isSelf(UUID id) {
        return Actors.current().map(actor -> actor.userId().equals(id)).orElse(false);
    }
}
