package org.acogida.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresInitializer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases module with only what it declares (audit, coalition, platform) and the users' module
 * for real accounts; no reception, no protection. Non-refoulement is answered by a stand-in that
 * marks one country, as protection would: what this module does with the answer is under test.
 */
@Tag("postgres")
@ExtendWith(RequiresPostgres.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "access")
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class CasesModuleTest {

    /** The country every person here is marked against. */
    static final String FEARED = "VEN";

    @TestConfiguration(proxyBeanMethods = false)
    static class MarkedAgainstVenezuela {
        @Bean
        NonRefoulement nonRefoulement() {
            return caseIds -> caseIds.isEmpty() ? Set.of() : Set.of(FEARED);
        }
    }

    @Autowired
    Cases cases;
    @Autowired
    Persons persons;
    @Autowired
    Movements movements;
    @Autowired
    Duplicates duplicates;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    TwoMembers members;
    Actor officer;
    Actor caseWorker;

    @BeforeEach
    void guatemala() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
    }

    @Test
    void aCaseOpenedIsPublishedWithItsFirstEventAndTheSamePersonAgainIsPutToAnOfficer(Scenario scenario) {
        Case first = newCase("Ixcot " + members.canary, null);
        Case again = newCase("Ixcot " + members.canary, null);
        open(first);

        Actors.as(officer, () -> {
            scenario.stimulate(() -> cases.open(List.of(again), Opening.TEST_ARRIVAL, "GUA"))
                    .andWaitForEventOfType(CaseOpened.class)
                    .matching(opened -> opened.caseId().equals(again.id()))
                    .toArriveAndVerify(opened -> {
                        assertThat(opened.memberState()).isEqualTo("GTM");
                        assertThat(opened.personId()).isEqualTo(again.id());
                    });
            return null;
        });

        assertThat(Actors.as(officer, () -> timeline.of(again.id()))).extracting(CaseEvent::kind, CaseEvent::detail)
                .containsExactly(tuple("TEST_ARRIVAL", "GUA"));
        assertThat(Actors.as(officer, () -> duplicates.of(List.of(again.id())))).singleElement()
                .satisfies(pair -> assertThat(pair.earlier().id()).isEqualTo(first.id()));
        assertThat(Actors.as(members.otherUsers.get(Role.RECEPTION_OFFICER).actor(), () -> cases.inOrder(List.of(first.id(), again.id()))))
                .as("another member's cases are not found").isEmpty();
    }

    @Test
    void aFamilyIsFoundWithoutItsFlightAndRegistrationIsPublishedFirstOnceThenAsACorrection(Scenario scenario) {
        UUID family = UUID.randomUUID();
        Case mother = newCase("Pop " + members.canary, family);
        Case son = newCase("Pop " + members.canary, family);
        Actors.as(officer, () -> {
            scenario.stimulate(() -> cases.open(List.of(mother, son), Opening.TEST_ARRIVAL, "GUA"))
                    .andWaitForEventOfType(CaseOpened.class).matching(opened -> opened.caseId().equals(son.id())).toArrive();
            return null;
        });
        assertThat(Actors.as(officer, () -> cases.familyOf(cases.find(mother.id())))).extracting(Case::id).containsExactly(son.id());

        PersonDetails registered = PersonDetails.unregistered(mother.identity());
        for (boolean firstTime : List.of(true, false)) {
            Actors.as(officer, () -> {
                scenario.stimulate(() -> persons.register(cases.find(mother.id()), registered, officer.userId(), clock.instant()))
                        .andWaitForEventOfType(PersonRegistered.class)
                        .matching(done -> done.caseId().equals(mother.id()) && done.firstTime() == firstTime)
                        .toArrive();
                return null;
            });
        }
        assertThat(Actors.as(officer, () -> persons.registered(mother.id()))).isTrue();
    }

    @Test
    void aMovementToACountryThePersonFearsIsRefusedAndOneElsewhereIsRecordedAndPublished(Scenario scenario) {
        Case person = newCase("Rojas " + members.canary, null);
        open(person);

        assertThat(Actors.as(caseWorker, () -> movements.propose(person.id(), Movement.Kind.RETURN, FEARED, null)))
                .isEqualTo(new Movements.Proposed.Refused("destinationCountry", "movement.non-refoulement", List.of(FEARED)));
        Actors.as(caseWorker, () -> {
            scenario.stimulate(() -> movements.propose(person.id(), Movement.Kind.RETURN, "Colombia", null))
                    .andWaitForEventOfType(MovementRecorded.class)
                    .matching(recorded -> recorded.caseId().equals(person.id()))
                    .toArriveAndVerify(recorded -> {
                        assertThat(recorded.destinationCountry()).isEqualTo("COL");
                        assertThat(recorded.status()).isEqualTo(Movement.Status.PROPOSED);
                    });
            return null;
        });
        assertThat(Actors.as(caseWorker, () -> movements.ofCase(person.id()))).extracting(Movement::destinationCountry).containsExactly("COL");
    }

    /** The first event of the cases opened here: the test's own kind, as a module names its own. */
    enum Opening implements CaseEventKind {
        TEST_ARRIVAL
    }

    private void open(Case opened) {
        Actors.as(officer, () -> new TransactionTemplate(transactions).execute(status -> {
            cases.open(List.of(opened), Opening.TEST_ARRIVAL, "GUA");
            return null;
        }));
    }

    private Case newCase(String lastNames, UUID family) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return new Case(id, id, "GTM", 0, LocalDate.ofInstant(now, ZoneOffset.UTC),
                new Identity(lastNames, "Ana", LocalDate.of(1990, 4, 1), "F", "VEN", null, null), false, false, family, CaseStatus.ACTIVE, 0, now);
    }
}
