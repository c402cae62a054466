package org.acogida.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.cases.Case;
import org.acogida.cases.CaseEventKind;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.PostgresInitializer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Protection with the modules it uses (cases, coalition, platform), the audit trail and the users'
 * accounts, without reception: a claim on a family's case marks the family, cancels the return
 * already proposed for them, and is published with ids only.
 */
@Tag("postgres")
@ExtendWith(RequiresPostgres.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"access", "audit"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class ProtectionModuleTest {

    @Autowired
    Claims claims;
    @Autowired
    Cases cases;
    @Autowired
    Movements movements;
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

    enum Opening implements CaseEventKind {
        TEST_ARRIVAL
    }

    @Test
    void aClaimMarksTheFamilyCancelsTheirReturnThereAndIsPublishedWithoutWhatThePersonSaid(Scenario scenario) {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        Actor caseWorker = members.ownUsers.get(Role.CASE_WORKER).actor();
        Actor protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        UUID family = UUID.randomUUID();
        Case mother = newCase("Mendoza " + members.canary, "María", family);
        Case son = newCase("Mendoza " + members.canary, "Tomás", family);
        Actors.as(officer, () -> new TransactionTemplate(transactions).execute(status -> {
            cases.open(List.of(mother, son), Opening.TEST_ARRIVAL, "GUA");
            return null;
        }));
        assertThat(Actors.as(caseWorker, () -> movements.propose(son.id(), Movement.Kind.RETURN, "VEN", null)))
                .isInstanceOf(Movements.Proposed.Done.class);

        String account = "Me amenazaron " + members.canary;
        Actors.as(protection, () -> {
            scenario.stimulate(() -> claims.record(mother.id(), new Claims.NewClaim("Venezuela", Set.of(ClaimGround.POLITICAL_OPINION),
                            account, true)))
                    .andWaitForEventOfType(ClaimRecorded.class)
                    .matching(recorded -> recorded.caseId().equals(mother.id()))
                    .toArriveAndVerify(recorded -> {
                        assertThat(recorded.casesMarked()).as("the mother and her son").isEqualTo(2);
                        assertThat(recorded.toString()).doesNotContain(members.canary);
                    });
            return null;
        });

        assertThat(Actors.as(caseWorker, () -> movements.ofCase(son.id()))).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(Movement.Status.CANCELLED));
        assertThat(Actors.as(caseWorker, () -> movements.propose(son.id(), Movement.Kind.RETURN, "VEN", null)))
                .isInstanceOf(Movements.Proposed.Refused.class);
        assertThat(Actors.as(caseWorker, () -> claims.marks(son.id()))).extracting(NonRefoulementMark::country).containsExactly("VEN");
    }

    private Case newCase(String lastNames, String firstNames, UUID family) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return new Case(id, id, "GTM", 0, LocalDate.ofInstant(now, ZoneOffset.UTC),
                new Identity(lastNames, firstNames, LocalDate.of(1985, 2, 1), "F", "VEN", null, null), false, false, family, CaseStatus.ACTIVE, 0,
                now);
    }
}
