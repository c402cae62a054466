package org.acogida.flights;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Country;
import org.acogida.flights.internal.CoalitionRecords;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.flights.protocol.Tally;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coalition protocol: its versions, and the motions members vote on to amend it or to allow a
 * flight refused under it to land at another member. One vote per member; who voted what is kept.
 * A motion closes when every member has voted, or when its proposer closes it; adopting a
 * protocol motion creates a new protocol version and every member's upcoming flights are
 * evaluated again under it.
 */
@Component
public class Protocol {

    private final CoalitionRecords coalition;
    private final FlightDecisions decisions;
    private final Countries countries;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Protocol(CoalitionRecords coalition, FlightDecisions decisions, Countries countries, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.coalition = coalition;
        this.decisions = decisions;
        this.countries = countries;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Version(int version, ProtocolParameters parameters, java.time.Instant adoptedAt, UUID motionId) {}

    public record MotionView(CoalitionRecords.Motion motion, List<CoalitionRecords.Vote> votes, Tally tally) {}

    public sealed interface VoteResult {
        record Counted(Tally tally, boolean closed) implements VoteResult {}

        record Refused(String messageKey) implements VoteResult {}
    }

    public Optional<Version> current() {
        return transactions.execute(s -> coalition.currentProtocol().map(Protocol::version));
    }

    public List<Version> versions() {
        return transactions.execute(s -> coalition.protocolVersions().stream().map(Protocol::version).toList());
    }

    public List<MotionView> motions() {
        return transactions.execute(s -> coalition.motions().stream().map(this::view).toList());
    }

    public Optional<MotionView> motion(UUID id) {
        return transactions.execute(s -> coalition.motion(id).map(this::view));
    }

    /** A coordinator proposes new protocol parameters to the coalition. */
    public UUID proposeAmendment(String title, ProtocolParameters parameters, int quorumPercent, int majorityPercent) {
        return propose("PROTOCOL", title, parameters, null, null, quorumPercent, majorityPercent);
    }

    /** A coordinator asks the coalition to let a mission refused elsewhere under the protocol land at their member. */
    public UUID proposeDiversion(String title, String sendingAuthority, String missionNumber, int quorumPercent, int majorityPercent) {
        return propose("DIVERSION", title, null, sendingAuthority, missionNumber, quorumPercent, majorityPercent);
    }

    private UUID propose(String kind, String title, ProtocolParameters parameters, String authority, String mission, int quorum, int majority) {
        String member = Actors.require().memberState();
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(s -> {
            coalition.insertMotion(new CoalitionRecords.Motion(id, kind, title.strip(), parameters, authority, mission,
                    kind.equals("DIVERSION") ? member : null, member, quorum, majority, "OPEN", clock.instant(), null, 0));
            audit.record(AuditAction.CREATE, "motion", id, member);
        });
        return id;
    }

    /** The current member's vote; counted once. When every member has voted, the motion closes with its result. */
    public VoteResult vote(UUID motionId, String choice) {
        String member = Actors.require().memberState();
        VoteResult result = transactions.execute(s -> {
            CoalitionRecords.Motion motion = coalition.motion(motionId).orElseThrow(() -> FlightNotFound.forId(motionId));
            if (!motion.status().equals("OPEN")) {
                return new VoteResult.Refused("motion.refused.closed");
            }
            if (!coalition.vote(motionId, member, choice, Actors.require().userId(), clock.instant())) {
                return new VoteResult.Refused("motion.refused.voted");
            }
            audit.record(AuditAction.CREATE, "motion_vote", motionId, member);
            Tally tally = tally(motion);
            if (tally.complete()) {
                closeWith(motion, tally);
                return new VoteResult.Counted(tally, true);
            }
            return new VoteResult.Counted(tally, false);
        });
        afterClosing(motionId);
        return result;
    }

    /** The proposer closes the vote before every member has voted; quorum and majority decide. */
    public VoteResult close(UUID motionId) {
        String member = Actors.require().memberState();
        VoteResult result = transactions.execute(s -> {
            CoalitionRecords.Motion motion = coalition.motion(motionId).orElseThrow(() -> FlightNotFound.forId(motionId));
            if (!motion.proposedBy().equals(member)) {
                return new VoteResult.Refused("motion.refused.not-proposer");
            }
            if (!motion.status().equals("OPEN")) {
                return new VoteResult.Refused("motion.refused.closed");
            }
            Tally tally = tally(motion);
            closeWith(motion, tally);
            return new VoteResult.Counted(tally, true);
        });
        afterClosing(motionId);
        return result;
    }

    private void closeWith(CoalitionRecords.Motion motion, Tally tally) {
        String status = tally.adopted() ? "ADOPTED" : "REJECTED";
        if (coalition.close(motion.id(), status, motion.version(), clock.instant()) && tally.adopted() && motion.kind().equals("PROTOCOL")) {
            int version = coalition.adoptProtocol(motion.proposedParameters(), motion.id(), clock.instant());
            audit.record(AuditAction.CREATE, "protocol_version", version, null);
        }
        audit.record(AuditAction.UPDATE, "motion", motion.id(), null);
    }

    /** After an adopted motion, every member's upcoming flights are evaluated again, each under its own member's scope. */
    private void afterClosing(UUID motionId) {
        Optional<CoalitionRecords.Motion> motion = transactions.execute(s -> coalition.motion(motionId));
        if (motion.isEmpty() || !motion.get().status().equals("ADOPTED")) {
            return;
        }
        for (Country member : countries.members()) {
            Actors.onBehalfOf(member.iso3(), "protocol or diversion adopted", () -> decisions.reevaluateUpcoming());
        }
    }

    private MotionView view(CoalitionRecords.Motion motion) {
        return new MotionView(motion, coalition.votes(motion.id()), tally(motion));
    }

    private Tally tally(CoalitionRecords.Motion motion) {
        List<CoalitionRecords.Vote> votes = coalition.votes(motion.id());
        int yes = (int) votes.stream().filter(v -> v.choice().equals("YES")).count();
        int no = (int) votes.stream().filter(v -> v.choice().equals("NO")).count();
        int abstain = votes.size() - yes - no;
        return new Tally(yes, no, abstain, coalition.memberCount(), motion.quorumPercent(), motion.majorityPercent());
    }

    private static Version version(CoalitionRecords.ProtocolVersion v) {
        return new Version(v.version(), v.parameters(), v.adoptedAt(), v.motionId());
    }
}
