package org.acogida.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.decision.DecisionLetter;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.flights.manifest.ManifestFiles;
import org.acogida.flights.manifest.ManifestProblem;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.Motions;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flight flows on PostgreSQL, through the services a coordinator's pages use: a notice, a
 * manifest with errors (nothing imported), its valid rows, the same file twice, an amendment seen
 * as a difference, the decision and its override, the letter, incidents and the breach record, a
 * diversion refused until the coalition votes it.
 */
@PostgresTest
class FlightsFlowTest {

    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    FlightDecisions decisions;
    @Autowired
    Incidents incidents;
    @Autowired
    Protocol protocol;
    @Autowired
    Motions motions;
    @Autowired
    Policies policies;
    @Autowired
    CoalitionView coalition;
    @Autowired
    DecisionLetter letter;
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

    TwoMembers members;
    Actor guatemala;
    Actor honduras;
    String mission;

    @BeforeEach
    void coordinatorsAndProtocol() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        guatemala = actor(members.ownUsers.get(Role.MEMBER_COORDINATOR));
        honduras = actor(members.otherUsers.get(Role.MEMBER_COORDINATOR));
        mission = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        if (protocol.current().isEmpty()) {
            UUID motion = Actors.as(guatemala, () -> protocol.proposeAmendment("Protocolo v1 (prueba)", ProtocolParameters.proposal(), 1, 50));
            Actors.as(guatemala, () -> motions.vote(motion, VoteChoice.YES));
            Actors.as(guatemala, () -> motions.close(motion));
        }
        assertThat(protocol.current()).isPresent();
        Actors.as(guatemala, () -> policies.saveCapacity("GUA", new org.acogida.flights.protocol.FlightFacts.ArrivalCapacity(10_000, 50_000, true)));
        Actors.as(honduras, () -> policies.saveCapacity("SAP", new org.acogida.flights.protocol.FlightFacts.ArrivalCapacity(10_000, 50_000, true)));
    }

    @Test
    void aManifestWithErrorsImportsNothingThenItsValidRowsThenTheSameFileChangesNothing() {
        UUID flight = notice(guatemala, "GUA", AircraftKind.CHARTER, false, 3);
        String file = ManifestFiles.HEADER.replace("IAO-TEST-1", mission) + "\n"
                + line(1, "García", "1990-01-01") + "\n" + line(2, "López", "30/02/2025") + "\n" + line(3, "=cmd", "1991-01-01") + "\n";
        ManifestImport rejected = Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(file), "m.csv", false));
        assertThat(rejected).isInstanceOfSatisfying(ManifestImport.Rejected.class, r -> {
            assertThat(r.problems()).extracting(ManifestProblem::row, ManifestProblem::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, ManifestProblem.Code.DATE_INVALID),
                    org.assertj.core.groups.Tuple.tuple(4, ManifestProblem.Code.FORMULA));
            assertThat(r.validRows()).isEqualTo(1);
        });
        assertThat(Actors.as(guatemala, () -> notices.flight(flight)).hasManifest()).isFalse();

        ManifestImport partly = Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(file), "m.csv", true));
        assertThat(partly).isEqualTo(new ManifestImport.Applied(1, 1, 2));
        ManifestImport again = Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(file), "m.csv", true));
        assertThat(again).isEqualTo(new ManifestImport.Unchanged(1));
        assertThat(count("SELECT COUNT(*) FROM manifest_passenger WHERE flight_id = :f", flight)).isEqualTo(1);
    }

    @Test
    void anAmendmentIsShownAsADifferenceBeforeItIsApplied() {
        UUID flight = notice(guatemala, "GUA", AircraftKind.CHARTER, false, 2);
        String first = ManifestFiles.HEADER + "\n" + line(1, "García", "1990-01-01") + "\n" + line(2, "López", "1991-01-01") + "\n";
        String amended = ManifestFiles.HEADER + "\n" + line(1, "García Pérez", "1990-01-01") + "\n" + line(3, "Tzul", "1992-01-01") + "\n";
        Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(first), "m.csv", false));
        ManifestImport pending = Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(amended), "m.csv", false));
        assertThat(pending).isInstanceOfSatisfying(ManifestImport.AmendmentPending.class, p -> {
            assertThat(p.diff().added()).extracting(a -> a.passengerId()).containsExactly("P3");
            assertThat(p.diff().removed()).extracting(a -> a.passengerId()).containsExactly("P2");
            assertThat(p.diff().changed()).extracting(c -> c.after().lastNames()).containsExactly("García Pérez");
        });
        assertThat(Actors.as(guatemala, () -> notices.flight(flight)).manifestVersion()).as("not applied yet").isEqualTo(1);
        UUID manifestId = ((ManifestImport.AmendmentPending) pending).manifestId();
        assertThat(Actors.as(guatemala, () -> manifests.applyAmendment(flight, manifestId))).isEqualTo(new ManifestImport.Applied(2, 2, 0));
        assertThat(Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow().manifestVersion()).isEqualTo(2);
    }

    @Test
    void theCoordinatorConfirmsOrOverridesWithAJustificationAndTheFirstDecisionStands() {
        UUID flight = notice(guatemala, "GUA", AircraftKind.CHARTER, false, 1);
        Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(ManifestFiles.HEADER + "\n" + line(1, "Cruz", "1990-01-01") + "\n"),
                "m.csv", false));
        Decision decision = Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(Actors.as(guatemala, () -> decisions.decide(flight, decision.id(), Outcome.REFUSE, "too short")))
                .isEqualTo(new DecisionOutcome.Refused("decision.refused.justification"));
        DecisionOutcome overridden = Actors.as(guatemala, () -> decisions.decide(flight, decision.id(), Outcome.REFUSE,
                "La pista de aterrizaje está cerrada por obras ese día"));
        assertThat(overridden).isEqualTo(new DecisionOutcome.Recorded(Outcome.REFUSE, true));
        assertThat(Actors.as(guatemala, () -> decisions.decide(flight, decision.id(), Outcome.ACCEPT, "")))
                .isInstanceOf(DecisionOutcome.Conflict.class);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UPDATE' AND record_type = 'flight_decision' AND record_id = :f",
                decision.id().toString())).isEqualTo(1);

        Decision standing = Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow();
        byte[] pdf = letter.render(Actors.as(guatemala, () -> notices.flight(flight)), standing);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1500);
    }

    @Test
    void aMilitaryFlightWithRestraintsIsRefusedAndCannotBeQuietlyDivertedToAnotherMember() {
        UUID refused = notice(guatemala, "GUA", AircraftKind.MILITARY, true, 1);
        Decision atGuatemala = Actors.as(guatemala, () -> decisions.decision(refused)).orElseThrow();
        assertThat(atGuatemala.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(atGuatemala.refusedUnderProtocol()).isTrue();
        Actors.as(guatemala, () -> incidents.reportIncident(refused, IncidentKind.RESTRAINTS_USED, Severity.HIGH, "Esposas al desembarcar"));
        assertThat(coalition.breachRecord()).anyMatch(b -> b.sendingAuthority().equals("ICE Air Operations") && b.rule().equals("no-restraints"));

        UUID diverted = notice(honduras, "SAP", AircraftKind.CHARTER, false, 1);
        Decision atHonduras = Actors.as(honduras, () -> decisions.decision(diverted)).orElseThrow();
        assertThat(atHonduras.results()).anyMatch(r -> r.rule().equals("no-diversion") && r.verdict() == RuleResult.Verdict.REFUSE);
        assertThat(Actors.as(honduras, () -> decisions.decide(diverted, atHonduras.id(), Outcome.ACCEPT,
                "Queremos recibirlos aunque Guatemala los rechazó"))).isEqualTo(new DecisionOutcome.Refused("decision.refused.diversion"));

        UUID vote = Actors.as(honduras, () -> protocol.proposeDiversion("Desvío " + mission, "ICE Air Operations", mission, 1, 50));
        Actors.as(honduras, () -> motions.vote(vote, VoteChoice.YES));
        Actors.as(honduras, () -> motions.close(vote));
        Decision afterVote = Actors.as(honduras, () -> decisions.decision(diverted)).orElseThrow();
        assertThat(afterVote.results()).anyMatch(r -> r.rule().equals("no-diversion") && r.verdict() == RuleResult.Verdict.CONDITION);
    }

    @Test
    void aPolicyChangeEvaluatesTheMembersUpcomingFlightsAgain() {
        UUID flight = notice(guatemala, "GUA", AircraftKind.CHARTER, false, 1);
        Actors.as(guatemala, () -> manifests.importManifest(flight, ManifestFiles.utf8(ManifestFiles.HEADER + "\n"
                + line(1, "Ahmadi", "1990-01-01").replace(",GTM,", ",AFG,") + "\n"), "m.csv", false));
        assertThat(Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        MemberPolicy current = Actors.as(guatemala, () -> policies.own());
        Actors.as(guatemala, () -> policies.save(new MemberPolicy("", MemberPolicy.NationalsRule.ACCEPT, null, MemberPolicy.NonNationalsRule.QUOTA,
                1000, true, java.util.Set.of(), 0), current.version()));
        Decision after = Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow();
        assertThat(after.policyVersion()).isGreaterThan(current.version());
        assertThat(after.results()).anyMatch(r -> r.rule().equals("non-nationals") && r.verdict() == RuleResult.Verdict.CONDITION);
    }

    @Test
    void aFlightTheCoordinatorRefusedNoLongerTakesTheArrivalPointsCapacity() {
        Actors.as(guatemala, () -> policies.saveCapacity("GUA", new org.acogida.flights.protocol.FlightFacts.ArrivalCapacity(3, 50_000, true)));
        Instant arrival = Instant.parse("2028-02-10T15:00:00Z");
        UUID first = notice(guatemala, mission + "A", arrival, "GUA", AircraftKind.CHARTER, false, 2);
        UUID second = notice(guatemala, mission + "B", arrival, "GUA", AircraftKind.CHARTER, false, 2);
        assertThat(capacityVerdict(second)).as("2 + 2 people on a day with room for 3").isEqualTo(RuleResult.Verdict.REVIEW);

        Decision firstDecision = Actors.as(guatemala, () -> decisions.decision(first)).orElseThrow();
        assertThat(Actors.as(guatemala, () -> decisions.decide(first, firstDecision.id(), Outcome.REFUSE,
                "La pista de aterrizaje está cerrada por obras ese día"))).isInstanceOf(DecisionOutcome.Recorded.class);
        String manifest = ManifestFiles.HEADER + "\n" + line(1, "Cruz", "1990-01-01") + "\n" + line(2, "Pop", "1991-01-01") + "\n";
        Actors.as(guatemala, () -> manifests.importManifest(second, ManifestFiles.utf8(manifest.replace(mission, mission + "B")
                .replace(DAY, "2028-02-10")), "m.csv", false));
        assertThat(capacityVerdict(second)).as("the refused flight's 2 people are not coming").isEqualTo(RuleResult.Verdict.PASS);
    }

    private RuleResult.Verdict capacityVerdict(UUID flight) {
        return Actors.as(guatemala, () -> decisions.decision(flight)).orElseThrow().results().stream()
                .filter(r -> r.rule().equals("reception-capacity")).findFirst().orElseThrow().verdict();
    }

    /** Ten days from today: the notice and the manifest are in time under the protocol whatever day the suite runs. */
    static final Instant ARRIVAL = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).atTime(15, 0).toInstant(java.time.ZoneOffset.UTC);
    static final String DAY = ARRIVAL.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();

    private UUID notice(Actor coordinator, String point, AircraftKind aircraft, boolean restraints, int passengers) {
        return notice(coordinator, mission, ARRIVAL, point, aircraft, restraints, passengers);
    }

    private UUID notice(Actor coordinator, String missionNumber, Instant arrival, String point, AircraftKind aircraft, boolean restraints,
                        int passengers) {
        FlightNotice notice = new FlightNotice("ICE Air Operations", missionNumber, arrival.minus(Duration.ofHours(3)), arrival, "AEX", point,
                aircraft, restraints, passengers, arrival.minus(Duration.ofDays(5)));
        return switch (Actors.as(coordinator, () -> notices.registerNotice(notice))) {
            case FlightNotices.NoticeResult.Registered registered -> registered.flightId();
            case FlightNotices.NoticeResult.AlreadyKnown known -> known.flightId();
            case FlightNotices.NoticeResult.Refused refused -> throw new AssertionError(refused.messageKey());
        };
    }

    private String line(int n, String lastNames, String born) {
        return ManifestFiles.line(n, lastNames, "Ana", born, "GTM").replace("IAO-TEST-1", mission).replace("2026-12-01", DAY);
    }

    private long count(String sql, Object id) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(sql).param("f", id).query(Long.class).single()));
    }

    static Actor actor(SignedInUser user) {
        return user.actor();
    }
}
