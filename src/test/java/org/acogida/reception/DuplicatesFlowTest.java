package org.acogida.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.FlightDesk;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.NotifiedFlights;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Duplicates on PostgreSQL: the same person on a later flight is put to an officer once, with the
 * fields that match; a decision is kept, audited and never asked again; another member's people
 * are never compared.
 */
@PostgresTest
class DuplicatesFlowTest {

    @Autowired
    Duplicates duplicates;
    @Autowired
    Arrivals arrivals;
    @Autowired
    CaseFile caseFile;
    @Autowired
    Registration registration;
    @Autowired
    FlightDesk flights;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    TwoMembers members;
    Actor officer;
    Actor coordinator;

    @BeforeEach
    void guatemala() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
    }

    @Test
    void thePersonOnALaterFlightIsProposedOnceWithTheFieldsThatMatch() {
        String name = "Quiñónez " + members.canary;
        UUID first = landed("D1" + members.canary, new NotifiedFlights.Line(name, "Rosa Amalia", "1994-03-12", "P" + members.canary, "", false));
        UUID second = landed("D2" + members.canary, new NotifiedFlights.Line(name, "Rosa", "1994-03-12", "", "", false));

        List<Duplicates.Pair> pairs = Actors.as(officer, () -> duplicates.of(List.of(second)));
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.receptionCase().id()).isEqualTo(second);
            assertThat(pair.earlier().id()).isEqualTo(first);
            assertThat(pair.review().matched()).contains("DATE_OF_BIRTH", "NAMES");
            assertThat(pair.review().status()).isEqualTo(DuplicateReview.Status.PENDING);
        });
        Actors.as(officer, () -> duplicates.decide(pairs.getFirst().id(), Duplicates.Verdict.SAME_PERSON));

        ReceptionCase earlier = Actors.as(officer, () -> caseFile.find(first));
        ReceptionCase later = Actors.as(officer, () -> caseFile.find(second));
        assertThat(later.personId()).isEqualTo(earlier.personId());
        assertThat(Actors.as(officer, () -> caseFile.open(second)).otherCasesOfPerson()).extracting(ReceptionCase::id).containsExactly(first);

        UUID third = landed("D3" + members.canary, new NotifiedFlights.Line(name, "Rosa Amalia", "1994-03-12", "P" + members.canary, "", false));
        assertThat(Actors.as(officer, () -> duplicates.of(List.of(third)))).as("one question for the person, not one per case").hasSize(1);
        assertThat(Actors.as(officer, () -> duplicates.decide(pairs.getFirst().id(), Duplicates.Verdict.NOT_DUPLICATE)))
                .isInstanceOf(Duplicates.Decided.AlreadyDecided.class);
    }

    @Test
    void notADuplicateIsKeptAndNotAskedAgainWhenTheCaseChanges() {
        String name = "Caal " + members.canary;
        landed("N1" + members.canary, new NotifiedFlights.Line(name, "Juan", "1990-05-05", "", "", false));
        UUID twin = landed("N2" + members.canary, new NotifiedFlights.Line(name, "Juan", "1990-05-05", "", "", false));
        Duplicates.Pair pair = Actors.as(officer, () -> duplicates.of(List.of(twin))).getFirst();
        Actors.as(coordinator, () -> duplicates.decide(pair.id(), Duplicates.Verdict.NOT_DUPLICATE));

        Registration.Current current = Actors.as(officer, () -> registration.current(twin));
        RegistrationDetails d = current.details();
        Actors.as(officer, () -> registration.save(twin, current.receptionCase().version(), new RegistrationDetails(d.lastNames(), "Juan José", null,
                d.dateOfBirth(), "F", d.nationality(), null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null)));

        assertThat(Actors.as(officer, () -> duplicates.of(List.of(twin)))).singleElement()
                .satisfies(p -> assertThat(p.review().status()).isEqualTo(DuplicateReview.Status.NOT_DUPLICATE));
        assertThat(Actors.as(officer, () -> caseFile.open(twin)).timeline()).extracting(CaseEvent::kind).contains("DUPLICATE_NOT_SAME");
    }

    @Test
    void anotherMembersPeopleAreNeverCompared() {
        Actor honduras = members.otherUsers.get(Role.RECEPTION_OFFICER).actor();
        String document = "X" + members.canary;
        UUID ours = Walkers.walkIn(arrivals, officer, "Same " + members.canary, "Person", LocalDate.of(1980, 1, 1), "HND", document);
        Actors.as(honduras, () -> arrivals.registerWalkIn(new WalkIn("SAP", ArrivalKind.WALK_IN, "Same " + members.canary, "Person",
                LocalDate.of(1980, 1, 1), "F", "HND", "PASSPORT", document, false)));
        assertThat(Actors.as(officer, () -> duplicates.of(List.of(ours)))).isEmpty();
    }

    private UUID landed(String mission, NotifiedFlights.Line line) {
        UUID flight = NotifiedFlights.withManifest(flights, coordinator, mission, List.of(line));
        Actors.as(officer, () -> arrivals.land(flight));
        return Actors.as(officer, () -> caseFile.ofFlight(flight)).getFirst().id();
    }
}
