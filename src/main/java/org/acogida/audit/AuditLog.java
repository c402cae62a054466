package org.acogida.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.acogida.audit.chain.AuditChainStore;
import org.acogida.audit.AuditEntry;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.MemberScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. Every method joins the caller's transaction and refuses to run without
 * one: an entry exists exactly when the change it describes was committed.
 */
@Component
public class AuditLog {

    private final AuditChainStore chain;
    private final Clock clock;

    AuditLog(AuditChainStore chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of the running system task) on one record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String recordMember) {
        Optional<Actor> actor = Actors.current();
        String actorRole = actor.map(a -> a.role().name())
                .orElseGet(() -> Actors.systemTask().map(reason -> "SYSTEM").orElse("ANONYMOUS"));
        String actorMember = actor.map(Actor::memberState)
                .orElseGet(() -> Actors.scope() instanceof MemberScope.OfMember(String m) ? m : null);
        append(actor.map(Actor::userId).orElse(null), actorMember, actorRole, action, recordType, recordId, recordMember);
    }

    /**
     * Records a sign-in event, when the security context does not hold the user yet. For a failed
     * attempt on an unknown user name, {@code userId} is null: the name itself is not stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSignIn(AuditAction action, UUID userId, String role, String memberState) {
        append(userId, memberState, role, action, "user", userId, memberState);
    }

    private void append(UUID userId, String actorMember, String actorRole, AuditAction action,
                        String recordType, Object recordId, String recordMember) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        chain.append(new AuditEntry.Draft(now, userId, actorMember, actorRole, action.name(), recordType,
                recordId == null ? null : recordId.toString(), recordMember, clientAddress()));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return Actors.systemTask().map(reason -> "local").orElse(null);
    }
}
