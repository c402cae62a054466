package org.acogida.cases;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.internal.CaseEventRecords;
import org.acogida.cases.internal.CaseRecords;
import org.acogida.cases.internal.MovementRecords;
import org.acogida.coalition.Countries;
import org.acogida.coalition.CountryNames;
import org.acogida.platform.actor.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onward movements of a case: return to a country, transfer to another member, placement in a
 * locality. Non-refoulement is checked twice: here, to refuse with a reason the person at the
 * screen understands; and by the database where the row is written, so that no other path
 * (another module, a script, a race with a claim being recorded) can send a person to a country
 * they fear.
 */
@Component
public class Movements {

    /** The SQLSTATE the database's non-refoulement trigger raises (db/migration/postgresql/V10_1, internal.NonRefoulementTrigger). */
    static final String REFOULEMENT_REFUSED = "AC001";

    private final MovementRecords movements;
    private final CaseRecords cases;
    private final CaseEventRecords events;
    private final NonRefoulement nonRefoulement;
    private final Countries countries;
    private final AuditLog audit;
    private final ApplicationEventPublisher published;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Movements(MovementRecords movements, CaseRecords cases, CaseEventRecords events, NonRefoulement nonRefoulement, Countries countries,
              AuditLog audit, ApplicationEventPublisher published, PlatformTransactionManager transactions, Clock clock) {
        this.movements = movements;
        this.cases = cases;
        this.events = events;
        this.nonRefoulement = nonRefoulement;
        this.countries = countries;
        this.audit = audit;
        this.published = published;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public sealed interface Proposed {
        record Done(Movement movement) implements Proposed {}

        record Refused(String field, String messageKey, List<Object> arguments) implements Proposed {}
    }

    public Proposed propose(UUID caseId, Movement.Kind kind, String country, String destination) {
        Optional<String> iso = CountryNames.resolve(country == null ? "" : country.strip());
        if (iso.isEmpty()) {
            return new Proposed.Refused("destinationCountry", "movement.country-unknown", List.of());
        }
        try {
            return transaction.execute(status -> proposeChecked(caseId, kind, iso.get(), destination));
        } catch (DataAccessException e) {
            if (refusedByTheDatabase(e)) {
                return new Proposed.Refused("destinationCountry", "movement.non-refoulement", List.of(iso.get()));
            }
            throw e;
        }
    }

    private Proposed proposeChecked(UUID caseId, Movement.Kind kind, String country, String destination) {
        Case c = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        if (c.status() == CaseStatus.TRANSFERRED) {
            throw CaseHandedOver.forId(caseId);
        }
        if (kind == Movement.Kind.TRANSFER && (country.equals(c.memberState()) || !countries.isMember(country))) {
            return new Proposed.Refused("destinationCountry", "movement.transfer-to-member", List.of());
        }
        if (kind == Movement.Kind.PLACEMENT && !countries.isMember(country)) {
            return new Proposed.Refused("destinationCountry", "movement.placement-in-member", List.of());
        }
        if (nonRefoulement.countriesFeared(cases.casesOfPerson(c.personId())).contains(country)) {
            return new Proposed.Refused("destinationCountry", "movement.non-refoulement", List.of(country));
        }
        UUID actor = Actors.require().userId();
        Instant now = clock.instant();
        Movement movement = new Movement(UUID.randomUUID(), caseId, kind, country, blankToNull(destination), Movement.Status.PROPOSED, actor, now);
        movements.insert(movement);
        events.add(caseId, CaseEvents.proposed(kind).name(), country, actor, now);
        audit.record(AuditAction.CREATE, "movement", movement.id(), c.memberState());
        published.publishEvent(new MovementRecorded(movement.id(), caseId, c.memberState(), kind, country, movement.status(), false));
        return new Proposed.Done(movement);
    }

    @Transactional
    public boolean cancel(UUID movementId) {
        Movement m = movements.find(movementId).orElseThrow(() -> MovementNotFound.forId(movementId));
        Case c = cases.find(m.caseId()).orElseThrow();
        if (!m.active() || !movements.setStatus(movementId, m.status(), Movement.Status.CANCELLED)) {
            return false;
        }
        events.add(m.caseId(), CaseEvents.MOVEMENT_CANCELLED.name(), m.destinationCountry(), Actors.require().userId(), clock.instant());
        audit.record(AuditAction.UPDATE, "movement", movementId, c.memberState());
        published.publishEvent(new MovementRecorded(m.id(), m.caseId(), c.memberState(), m.kind(), m.destinationCountry(),
                Movement.Status.CANCELLED, false));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Movement> ofCase(UUID caseId) {
        return movements.ofCases(List.of(caseId));
    }

    /**
     * Cancels the active movements of one person's cases that go to a country the person is now
     * marked against (a claim was just recorded, or two cases were found to be the same person).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelThoseNowForbidden(List<UUID> personCases) {
        Set<String> feared = nonRefoulement.countriesFeared(personCases);
        int cancelled = 0;
        for (Movement m : movements.ofCases(personCases)) {
            if (m.active() && feared.contains(m.destinationCountry()) && movements.setStatus(m.id(), m.status(), Movement.Status.CANCELLED)) {
                Case c = cases.find(m.caseId()).orElseThrow();
                events.add(m.caseId(), CaseEvents.MOVEMENT_CANCELLED_NON_REFOULEMENT.name(), m.destinationCountry(), Actors.require().userId(),
                        clock.instant());
                audit.record(AuditAction.UPDATE, "movement", m.id(), c.memberState());
                published.publishEvent(new MovementRecorded(m.id(), m.caseId(), c.memberState(), m.kind(), null, Movement.Status.CANCELLED,
                        true));
                cancelled++;
            }
        }
        return cancelled;
    }

    static boolean refusedByTheDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && REFOULEMENT_REFUSED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
