package org.acogida.flights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.flights.internal.ProtocolVersions;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.MotionKind;
import org.acogida.governance.Motions;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;

/**
 * The coalition protocol: its versions, and the motions that amend it or let a flight refused under
 * it land at another member. The coalition decides through governance; once a motion is adopted,
 * every member's upcoming flights are evaluated again ({@code AdoptedMotionsApplied}).
 */
@Component
public class Protocol {

    private final ProtocolVersions versions;
    private final Motions motions;

    Protocol(ProtocolVersions versions, Motions motions) {
        this.versions = versions;
        this.motions = motions;
    }

    public record Version(int version, ProtocolParameters parameters, Instant adoptedAt, UUID motionId) {}

    public Optional<Version> current() {
        return versions.current().map(Protocol::version);
    }

    public List<Version> versions() {
        return versions.all().stream().map(Protocol::version).toList();
    }

    /** A coordinator proposes new protocol parameters to the coalition. */
    public UUID proposeAmendment(String title, ProtocolParameters parameters, int quorumPercent, int majorityPercent) {
        return motions.propose(new Motions.NewMotion(MotionKind.PROTOCOL, title, null, versions.write(parameters), quorumPercent, majorityPercent));
    }

    /** A coordinator asks the coalition to let a mission refused elsewhere under the protocol land at their member. */
    public UUID proposeDiversion(String title, String sendingAuthority, String missionNumber, int quorumPercent, int majorityPercent) {
        String member = Actors.require().memberState();
        return motions.propose(new Motions.NewMotion(MotionKind.DIVERSION, title, diversionSubject(sendingAuthority, missionNumber, member), null,
                quorumPercent, majorityPercent));
    }

    /**
     * How a diversion motion names what it decides: this mission of this authority, landing at this
     * member. The parts are escaped ({@code %} and {@code |}), so that no authority and mission can
     * read as another pair.
     */
    public static String diversionSubject(String sendingAuthority, String missionNumber, String memberState) {
        return escaped(sendingAuthority) + "|" + escaped(missionNumber) + "|" + escaped(memberState);
    }

    private static String escaped(String part) {
        return part.replace("%", "%25").replace("|", "%7C");
    }

    private static Version version(ProtocolVersions.ProtocolVersion v) {
        return new Version(v.version(), v.parameters(), v.adoptedAt(), v.motionId());
    }
}
