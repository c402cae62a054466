package org.acogida.access.internal;

import java.time.Clock;
import java.time.Instant;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what a sign-in attempt changed (failure count, lockout) and its audit entry, together, in
 * a transaction of its own: the attempt's outcome must be kept even though the sign-in fails.
 */
@Component
class SignInOutcomes {

    private final SignInStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final AccessProperties properties;
    private final Clock clock;

    SignInOutcomes(SignInStore store, AuditLog audit, TransactionTemplate transactions, AccessProperties properties, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    void unknownUser() {
        inTransaction(() -> audit.recordSignIn(AuditAction.SIGN_IN_FAILED, null, null, null));
    }

    /** A wrong password, or any attempt on a locked or disabled account. Only wrong passwords count towards a lockout. */
    void failed(SignInRecord user, boolean wrongPassword) {
        Instant now = clock.instant();
        inTransaction(() -> {
            if (wrongPassword && !user.enabled()) {
                audit.recordSignIn(AuditAction.SIGN_IN_FAILED, user.id(), user.role().name(), user.memberState());
                return;
            }
            boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(now);
            if (wrongPassword && !locked) {
                int failures = user.failedSignIns() + 1;
                if (failures >= properties.maxFailedSignIns()) {
                    store.recordFailure(user.id(), 0, now.plus(properties.lockout()));
                    audit.recordSignIn(AuditAction.LOCKED_OUT, user.id(), user.role().name(), user.memberState());
                    return;
                }
                store.recordFailure(user.id(), failures, null);
            }
            audit.recordSignIn(AuditAction.SIGN_IN_FAILED, user.id(), user.role().name(), user.memberState());
        });
    }

    void succeeded(SignInRecord user) {
        inTransaction(() -> {
            store.recordSuccess(user.id());
            audit.recordSignIn(AuditAction.SIGN_IN, user.id(), user.role().name(), user.memberState());
        });
    }

    private void inTransaction(Runnable work) {
        Actors.asSystem("sign-in", () -> transactions.executeWithoutResult(status -> work.run()));
    }
}
