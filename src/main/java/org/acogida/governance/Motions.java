package org.acogida.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.Countries;
import org.acogida.governance.internal.MotionRecords;
import org.acogida.platform.actor.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Motions put to the coalition's members. One vote per member, and who cast it is kept. A motion
 * closes when every member has voted, or when the member that proposed it closes it; quorum and
 * majority decide. Adopting a motion of a versioned kind adopts its proposal as the next version in
 * the same transaction; the module that asked for the decision learns of it from {@link MotionClosed}.
 */
@Component
public class Motions {

    private final MotionRecords records;
    private final Countries countries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Motions(MotionRecords records, Countries countries, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.countries = countries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a member proposes: {@code title} at most 300 characters, quorum 1–100 %, majority 50–100 % (the form checks them). */
    public record NewMotion(MotionKind kind, String title, String subject, String proposal, int quorumPercent, int majorityPercent) {}

    public record MotionView(Motion motion, List<Vote> votes, Tally tally) {}

    public sealed interface VoteResult {
        record Counted(Tally tally, boolean closed) implements VoteResult {}

        record Refused(String messageKey) implements VoteResult {}
    }

    /** The current member proposes a motion to the coalition. */
    @Transactional
    public UUID propose(NewMotion proposed) {
        String member = Actors.require().memberState();
        UUID id = UUID.randomUUID();
        records.insert(new Motion(id, proposed.kind(), proposed.title().strip(), proposed.subject(), proposed.proposal(), member,
                proposed.quorumPercent(), proposed.majorityPercent(), MotionStatus.OPEN, clock.instant(), null, 0));
        audit.record(AuditAction.CREATE, "motion", id, member);
        return id;
    }

    /** The current member's vote, counted once. When every member has voted, the motion closes with its result. */
    @Transactional
    public VoteResult vote(UUID motionId, VoteChoice choice) {
        String member = Actors.require().memberState();
        Motion motion = records.find(motionId).orElseThrow(() -> MotionNotFound.forId(motionId));
        if (!motion.open()) {
            return new VoteResult.Refused("motion.refused.closed");
        }
        if (!records.vote(motionId, member, choice, Actors.require().userId(), clock.instant())) {
            return new VoteResult.Refused("motion.refused.voted");
        }
        audit.record(AuditAction.CREATE, "motion_vote", motionId, member);
        Tally tally = tally(motion);
        if (tally.complete()) {
            closeWith(motion, tally);
            return new VoteResult.Counted(tally, true);
        }
        return new VoteResult.Counted(tally, false);
    }

    /** The proposer closes the vote before every member has voted; quorum and majority decide. */
    @Transactional
    public VoteResult close(UUID motionId) {
        String member = Actors.require().memberState();
        Motion motion = records.find(motionId).orElseThrow(() -> MotionNotFound.forId(motionId));
        if (!motion.proposedBy().equals(member)) {
            return new VoteResult.Refused("motion.refused.not-proposer");
        }
        if (!motion.open()) {
            return new VoteResult.Refused("motion.refused.closed");
        }
        Tally tally = tally(motion);
        closeWith(motion, tally);
        return new VoteResult.Counted(tally, true);
    }

    private void closeWith(Motion motion, Tally tally) {
        MotionStatus outcome = tally.adopted() ? MotionStatus.ADOPTED : MotionStatus.REJECTED;
        Instant now = clock.instant();
        if (!records.close(motion.id(), outcome, motion.version(), now)) {
            return;
        }
        int version = 0;
        if (outcome == MotionStatus.ADOPTED && motion.kind().versioned()) {
            version = records.adopt(motion.kind(), motion.proposal(), motion.id(), now);
            audit.record(AuditAction.CREATE, motion.kind().name().toLowerCase(Locale.ROOT) + "_version", version, null);
        }
        audit.record(AuditAction.UPDATE, "motion", motion.id(), null);
        events.publishEvent(new MotionClosed(motion.id(), motion.kind(), motion.subject(), outcome, version, now));
    }

    @Transactional(readOnly = true)
    public List<MotionView> all() {
        return records.all().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MotionView> find(UUID motionId) {
        return records.find(motionId).map(this::view);
    }

    /** Whether the coalition adopted a motion of this kind about this subject. */
    @Transactional(readOnly = true)
    public boolean adopted(MotionKind kind, String subject) {
        return records.anyWith(kind, subject, MotionStatus.ADOPTED);
    }

    /** The version of this kind in force: the last adopted. */
    @Transactional(readOnly = true)
    public Optional<AdoptedVersion> currentVersion(MotionKind kind) {
        return records.currentVersion(kind);
    }

    /** Every adopted version of this kind, the latest first. */
    @Transactional(readOnly = true)
    public List<AdoptedVersion> versions(MotionKind kind) {
        return records.versions(kind);
    }

    private MotionView view(Motion motion) {
        return new MotionView(motion, records.votes(motion.id()), tally(motion));
    }

    private Tally tally(Motion motion) {
        return Tally.of(records.votes(motion.id()), countries.members().size(), motion.quorumPercent(), motion.majorityPercent());
    }
}
