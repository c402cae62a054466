package org.acogida.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.internal.PersonDetailRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What registration recorded about the person of a case beyond their identity: names in their
 * script, the document's issuer, expiry and how it was checked, how to reach them, their languages,
 * education, occupation and skills, a family member separated from them. Also the revisions that
 * let a refused stale edit say what changed.
 */
@Component
public class Persons {

    private final PersonDetailRecords details;
    private final ApplicationEventPublisher events;

    Persons(PersonDetailRecords details, ApplicationEventPublisher events) {
        this.details = details;
        this.events = events;
    }

    /** The person of the case as registered, or only the case's identity when nobody registered them yet. */
    @Transactional(readOnly = true)
    public PersonDetails of(Case c) {
        return details.details(c);
    }

    @Transactional(readOnly = true)
    public boolean registered(UUID caseId) {
        return details.isRegistered(caseId);
    }

    /**
     * Saves what registration recorded, in the caller's transaction, which holds the case's version
     * (the identity was written with {@link Cases#correctIdentity}) and records the change on the
     * timeline with its audit entry ({@link CaseTimeline#record}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(Case c, PersonDetails registered, UUID by, Instant at) {
        boolean first = !details.isRegistered(c.id());
        details.saveRegistration(c.id(), registered, by, at);
        events.publishEvent(new PersonRegistered(c.id(), c.personId(), c.memberState(), first));
    }

    /** The case's fields by name, as text, as they stand now: what a revision keeps and a conflict compares. */
    @Transactional(readOnly = true)
    public Map<String, String> fields(Case c) {
        return new LinkedHashMap<>(details.details(c).fields());
    }

    /** Keeps what the case looked like at {@code version}, just before a change replaced it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keepRevision(UUID caseId, int version, Map<String, String> fields, UUID by, Instant at) {
        details.keepRevision(caseId, version, fields, by, at);
    }

    /** What the case looked like at this version, if it was kept. */
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> revision(UUID caseId, int version) {
        return details.revision(caseId, version);
    }
}
