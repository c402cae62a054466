package org.acogida.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acogida.coalition.Countries;
import org.acogida.coalition.Country;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresInitializer;
import org.acogida.support.RequiresPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Governance on its own, with only the modules it declares (coalition, audit, platform): members
 * vote, quorum and majority decide, an adopted versioned motion becomes the next version, and the
 * decision is published for the module that asked for it.
 */
@Tag("postgres")
@ExtendWith(RequiresPostgres.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class GovernanceModuleTest {

    @Autowired
    Motions motions;
    @Autowired
    Countries countries;

    @BeforeEach
    void membersOfTheCoalition() {
        for (String member : List.of("GTM", "HND", "SLV")) {
            Actors.asSystem("test fixture", () -> countries.admit(member, LocalDate.of(2025, 3, 1)));
        }
    }

    @Test
    void aMotionEveryMemberVotedForIsAdoptedAsTheNextVersionAndPublished(Scenario scenario) {
        int before = motions.currentVersion(MotionKind.PROTOCOL).map(AdoptedVersion::version).orElse(0);
        // The suite's other tests judge flights by the protocol in force: the motion adopts the same text again.
        String text = motions.currentVersion(MotionKind.PROTOCOL).map(AdoptedVersion::content)
                .orElseGet(() -> JsonMapper.builder().build().writeValueAsString(ProtocolParameters.proposal()));
        List<Actor> coordinators = countries.members().stream().map(Country::iso3).map(GovernanceModuleTest::coordinator).toList();
        UUID motion = Actors.as(coordinators.getFirst(), () -> motions.propose(new Motions.NewMotion(MotionKind.PROTOCOL, "Versión de prueba",
                null, text, 50, 50)));
        for (Actor coordinator : coordinators.subList(0, coordinators.size() - 1)) {
            assertThat(Actors.as(coordinator, () -> motions.vote(motion, VoteChoice.YES)))
                    .isEqualTo(new Motions.VoteResult.Counted(tallyAfterYes(coordinator, coordinators), false));
        }

        // The stimulus runs in the scenario's own transaction: the voter is set before it begins.
        Actors.as(coordinators.getLast(), () -> {
            scenario.stimulate(() -> motions.vote(motion, VoteChoice.NO))
                    .andWaitForEventOfType(MotionClosed.class)
                    .matching(closed -> closed.motionId().equals(motion))
                    .toArriveAndVerify(closed -> {
                        assertThat(closed.adopted()).as("all but one member voted yes").isTrue();
                        assertThat(closed.adoptedVersion()).isEqualTo(before + 1);
                    });
            return null;
        });
        assertThat(motions.currentVersion(MotionKind.PROTOCOL)).hasValueSatisfying(version -> {
            assertThat(version.version()).isEqualTo(before + 1);
            assertThat(version.content()).isEqualTo(text);
            assertThat(version.motionId()).isEqualTo(motion);
        });
        assertThat(Actors.as(coordinators.getFirst(), () -> motions.vote(motion, VoteChoice.YES)))
                .isEqualTo(new Motions.VoteResult.Refused("motion.refused.closed"));
    }

    @Test
    void theProposerClosesEarlyAndWithoutQuorumTheMotionIsRejectedAndAdoptsNothing(Scenario scenario) {
        int before = motions.currentVersion(MotionKind.PROTOCOL).map(AdoptedVersion::version).orElse(0);
        Actor guatemala = coordinator("GTM");
        Actor honduras = coordinator("HND");
        UUID motion = Actors.as(guatemala, () -> motions.propose(new Motions.NewMotion(MotionKind.PROTOCOL, "Sin quórum", null, "{}", 100, 50)));
        Actors.as(guatemala, () -> motions.vote(motion, VoteChoice.YES));
        assertThat(Actors.as(guatemala, () -> motions.vote(motion, VoteChoice.NO))).as("one vote per member")
                .isEqualTo(new Motions.VoteResult.Refused("motion.refused.voted"));
        assertThat(Actors.as(honduras, () -> motions.close(motion))).as("only the proposer closes early")
                .isEqualTo(new Motions.VoteResult.Refused("motion.refused.not-proposer"));

        Actors.as(guatemala, () -> {
            scenario.stimulate(() -> motions.close(motion))
                    .andWaitForEventOfType(MotionClosed.class)
                    .matching(closed -> closed.motionId().equals(motion))
                    .toArriveAndVerify(closed -> {
                        assertThat(closed.outcome()).isEqualTo(MotionStatus.REJECTED);
                        assertThat(closed.adoptedVersion()).isZero();
                    });
            return null;
        });
        assertThat(motions.currentVersion(MotionKind.PROTOCOL).map(AdoptedVersion::version).orElse(0)).isEqualTo(before);
        assertThat(motions.find(motion)).hasValueSatisfying(view -> assertThat(view.votes()).extracting(Vote::memberState).containsExactly("GTM"));
    }

    /** The count once this coordinator and those before them have voted yes. */
    private static Tally tallyAfterYes(Actor voter, List<Actor> coordinators) {
        return new Tally(coordinators.indexOf(voter) + 1, 0, 0, coordinators.size(), 50, 50);
    }

    private static Actor coordinator(String member) {
        return new Actor(UUID.randomUUID(), Role.MEMBER_COORDINATOR, member);
    }
}
