package org.acogida.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.platform.actor.Actors;
import org.acogida.protection.internal.ChildProtectionRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unaccompanied child's workflow: notify the child-protection authority (within two hours of
 * arrival, as the coalition's reception standard asks), assess the child's best interests, and
 * hand the child over to a named adult or institution. A step cannot be skipped, and each is
 * checked against the version the officer saw.
 */
@Component
public class ChildProtection {

    /** How soon after arrival the child-protection authority must be told of an unaccompanied child. */
    public static final Duration NOTIFY_WITHIN = Duration.ofHours(2);
    /** How soon after notification the best-interests assessment is due. */
    public static final Duration ASSESS_WITHIN = Duration.ofDays(3);

    private final ChildProtectionRecords records;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final Clock clock;

    ChildProtection(ChildProtectionRecords records, Cases cases, CaseTimeline timeline, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The child's path, or a path not yet started for a child who arrived unaccompanied; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<ChildPath> path(UUID caseId) {
        Case c = cases.find(caseId);
        return records.find(caseId).or(() -> c.unaccompanied() ? Optional.of(ChildPath.identified(caseId)) : Optional.empty());
    }

    public sealed interface Stepped {
        record Done(ChildPath path) implements Stepped {}

        record Refused(String field, String messageKey) implements Stepped {}

        /** Someone moved the child's path on since the officer opened the page. */
        record Conflict(ChildPath now) implements Stepped {}
    }

    @Transactional
    public Stepped notifyAuthority(UUID caseId, int seenVersion, String authority) {
        if (authority == null || authority.isBlank()) {
            return new Stepped.Refused("authority", "child.authority-required");
        }
        return step(caseId, seenVersion, ChildPath.Step.IDENTIFIED, path -> path.notified(authority.strip(), clock.instant()),
                ProtectionEvents.CHILD_AUTHORITY_NOTIFIED, authority.strip());
    }

    @Transactional
    public Stepped assessInterests(UUID caseId, int seenVersion) {
        return step(caseId, seenVersion, ChildPath.Step.AUTHORITY_NOTIFIED, path -> path.assessed(clock.instant()),
                ProtectionEvents.CHILD_INTERESTS_ASSESSED, null);
    }

    @Transactional
    public Stepped handOver(UUID caseId, int seenVersion, String to, ChildPath.Relation relation) {
        if (to == null || to.isBlank()) {
            return new Stepped.Refused("handedTo", "child.handed-to-required");
        }
        if (relation == null) {
            return new Stepped.Refused("relation", "child.relation-required");
        }
        return step(caseId, seenVersion, ChildPath.Step.INTERESTS_ASSESSED, path -> path.handedOver(to.strip(), relation, clock.instant()),
                ProtectionEvents.CHILD_HANDED_OVER, relation.name());
    }

    private Stepped step(UUID caseId, int seenVersion, ChildPath.Step from, java.util.function.UnaryOperator<ChildPath> next,
                         ProtectionEvents event, String detail) {
        cases.forChange(caseId);
        ChildPath current = path(caseId).orElseThrow(() -> ChildNotInWorkflow.forCase(caseId));
        UUID actor = Actors.require().userId();
        if (!current.started()) {
            records.startIfAbsent(caseId, actor);
            current = records.find(caseId).orElseThrow();
            seenVersion = current.version();
        }
        if (current.version() != seenVersion) {
            return new Stepped.Conflict(current);
        }
        if (current.step() != from) {
            return new Stepped.Refused("step", "child.step-order");
        }
        ChildPath updated = next.apply(current);
        if (!records.update(updated, seenVersion, actor)) {
            return new Stepped.Conflict(records.find(caseId).orElseThrow());
        }
        timeline.record(caseId, event, detail, AuditAction.UPDATE, "child_protection", caseId);
        return new Stepped.Done(records.find(caseId).orElseThrow());
    }

    /** When the current step is due, from the arrival (notify) or the notification (assess); null when nothing is due. */
    public static Instant due(ChildPath path, Case c) {
        return switch (path.step()) {
            case IDENTIFIED -> c.createdAt().plus(NOTIFY_WITHIN);
            case AUTHORITY_NOTIFIED -> path.notifiedAt().plus(ASSESS_WITHIN);
            case INTERESTS_ASSESSED, HANDED_OVER -> null;
        };
    }
}
