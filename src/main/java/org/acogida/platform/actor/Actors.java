package org.acogida.platform.actor;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that answers "who acts, for which member state?". The answer comes from the
 * authenticated session, never from request parameters, so a user cannot act for another member
 * by editing a form.
 */
public final class Actors {

    private static final ThreadLocal<MemberScope> OVERRIDE = new ThreadLocal<>();

    private Actors() {
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActingUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user: this work needs one"));
    }

    public static MemberScope scope() {
        MemberScope override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return current().map(Actor::scope).orElse(new MemberScope.Nobody());
    }

    /** The reason of the system task running on this thread, if one is. */
    public static Optional<String> systemTask() {
        return Optional.ofNullable(SYSTEM_TASK_REASON.get());
    }

    private static final ThreadLocal<String> SYSTEM_TASK_REASON = new ThreadLocal<>();

    /**
     * Runs work that no user asked for with access to every member's rows. It must start its own
     * transaction: the database scope of a transaction is fixed when it begins, so switching scope
     * inside one would either fail or leak.
     */
    public static <T> T asSystem(String reason, Supplier<T> work) {
        return withScope(new MemberScope.SystemTask(reason), reason, work);
    }

    /**
     * Runs work that no user asked for but that belongs to one member state, such as seeding its
     * demo data or reacting to another module's event: it sees and writes that member's rows only,
     * as a user of that member would. No user acts in it, even when it runs on the thread of a
     * user's request (a listener after the commit): the audit trail records a system task for the
     * member, not that user.
     */
    public static <T> T onBehalfOf(String memberState, String reason, Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return withScope(new MemberScope.OfMember(memberState), reason, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void onBehalfOf(String memberState, String reason, Runnable work) {
        onBehalfOf(memberState, reason, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work as a given user, outside any request: seeding the demo as a member's coordinator,
     * or a test acting as one. The work sees exactly what that user would.
     */
    public static <T> T as(Actor actor, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Acting as another user must not start inside a transaction");
        }
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        ActingUser user = () -> actor;
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user, null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(actor.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static <T> T withScope(MemberScope scope, String reason, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A system task (" + reason + ") must not run inside a user's transaction");
        }
        MemberScope previousScope = OVERRIDE.get();
        String previousReason = SYSTEM_TASK_REASON.get();
        OVERRIDE.set(scope);
        SYSTEM_TASK_REASON.set(reason);
        try {
            return work.get();
        } finally {
            OVERRIDE.set(previousScope);
            SYSTEM_TASK_REASON.set(previousReason);
            if (previousScope == null) {
                OVERRIDE.remove();
                SYSTEM_TASK_REASON.remove();
            }
        }
    }

    public static void asSystem(String reason, Runnable work) {
        asSystem(reason, () -> {
            work.run();
            return null;
        });
    }
}
