package org.acogida.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acogida.audit.AuditAction;
import org.acogida.cases.CaseEvent;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.cases.Duplicates;
import org.acogida.cases.PersonDetails;
import org.acogida.cases.Persons;
import org.acogida.cases.ProfileCatalogues;
import org.acogida.coalition.CountryNames;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering a person: completing and correcting who they are (names, date of birth, documents,
 * often from a passport's machine-readable zone), how to reach them and what they bring. Every
 * edit is checked against the version of the case the officer saw; a stale one is refused with the
 * fields that changed meanwhile, never merged silently.
 */
@Component
public class Registration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,40}");
    /** The earliest date of birth accepted: anything before is a typing error. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final ReceptionCases receptionCases;
    private final Cases cases;
    private final Persons persons;
    private final CaseTimeline timeline;
    private final Duplicates duplicates;
    private final Clock clock;

    Registration(ReceptionCases receptionCases, Cases cases, Persons persons, CaseTimeline timeline, Duplicates duplicates, Clock clock) {
        this.receptionCases = receptionCases;
        this.cases = cases;
        this.persons = persons;
        this.timeline = timeline;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /** The case and its registration as they stand, and whether it was registered yet. */
    public record Current(ReceptionCase receptionCase, PersonDetails details, boolean registered) {}

    @Transactional(readOnly = true)
    public Current current(UUID caseId) {
        ReceptionCase c = receptionCases.find(caseId);
        return new Current(c, persons.of(c.personCase()), persons.registered(caseId));
    }

    /** A field changed by someone else since the officer opened the form: its value then and now. */
    public record Change(String field, String then, String now) {}

    public sealed interface Saved {
        record Done(ReceptionCase receptionCase, int duplicatesProposed) implements Saved {}

        /** Someone changed the case since version {@code seenVersion}: what changed, and the latest event (who, when). */
        record Conflict(List<Change> changes, CaseEvent latest) implements Saved {}

        record Refused(String field, String messageKey) implements Saved {}
    }

    @Transactional
    public Saved save(UUID caseId, int seenVersion, PersonDetails typed) {
        cases.forChange(caseId);
        ReceptionCase current = receptionCases.find(caseId);
        Optional<Saved.Refused> refused = refusal(typed);
        if (refused.isPresent()) {
            return refused.get();
        }
        PersonDetails details = normalized(typed);
        Map<String, String> before = receptionCases.fields(current);
        if (current.version() != seenVersion || !cases.correctIdentity(caseId, seenVersion, details.identity(), details.namesInScript())) {
            return conflict(caseId, seenVersion, receptionCases.fields(receptionCases.find(caseId)));
        }
        UUID officer = Actors.require().userId();
        Instant now = clock.instant();
        boolean first = !persons.registered(caseId);
        persons.keepRevision(caseId, seenVersion, before, officer, now);
        persons.register(cases.find(caseId), details, officer, now);
        ReceptionCase saved = receptionCases.find(caseId);
        List<String> changed = changedFields(before, receptionCases.fields(saved));
        timeline.record(caseId, first ? ArrivalEvents.REGISTERED : ArrivalEvents.REGISTRATION_CHANGED, String.join(", ", changed),
                AuditAction.UPDATE, Cases.AUDITED_AS, caseId);
        boolean identityChanged = changed.stream().anyMatch(IDENTITY::contains);
        int proposed = identityChanged ? duplicates.proposeFor(List.of(saved.personCase())) : 0;
        return new Saved.Done(saved, proposed);
    }

    /** The fields that say who a person is: a change to any of them looks for duplicates again. */
    static final List<String> IDENTITY = List.of("lastNames", "firstNames", "dateOfBirth", "sex", "nationality", "documentNumber");

    private Saved conflict(UUID caseId, int seenVersion, Map<String, String> now) {
        List<Change> changes = new ArrayList<>();
        persons.revision(caseId, seenVersion).ifPresent(then -> {
            for (String field : changedFields(then, now)) {
                changes.add(new Change(field, then.get(field), now.get(field)));
            }
        });
        return new Saved.Conflict(changes, timeline.latest(caseId).orElse(null));
    }

    private static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(f -> !Objects.equals(blankToNull(before.get(f)), blankToNull(after.get(f)))).toList();
    }

    /** The first thing wrong with what was typed, with its field and message, or empty. */
    Optional<Saved.Refused> refusal(PersonDetails d) {
        LocalDate today = LocalDate.now(clock);
        if (d.lastNames() == null || d.lastNames().isBlank()) {
            return refused("lastNames", "registration.required");
        }
        if (d.firstNames() == null || d.firstNames().isBlank()) {
            return refused("firstNames", "registration.required");
        }
        if (d.dateOfBirth() != null && d.dateOfBirth().isAfter(today)) {
            return refused("dateOfBirth", "reception.walk-in.born-in-future");
        }
        if (d.dateOfBirth() != null && d.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            return refused("dateOfBirth", "registration.born-too-early");
        }
        if (CountryNames.resolve(d.nationality() == null ? "" : d.nationality()).isEmpty()) {
            return refused("nationality", "reception.walk-in.nationality");
        }
        if (!isBlank(d.documentIssuer()) && CountryNames.resolve(d.documentIssuer()).isEmpty()) {
            return refused("documentIssuer", "reception.walk-in.nationality");
        }
        if (!isBlank(d.email()) && !EMAIL.matcher(d.email().strip()).matches()) {
            return refused("email", "registration.email");
        }
        if (!isBlank(d.phone()) && !PHONE.matcher(d.phone().strip()).matches()) {
            return refused("phone", "registration.phone");
        }
        for (String language : d.languages()) {
            if (!ProfileCatalogues.isLanguage(language)) {
                return refused("languages", "registration.language");
            }
        }
        if (!isBlank(d.education()) && !ProfileCatalogues.EDUCATION.contains(d.education())) {
            return refused("education", "registration.education");
        }
        if (!isBlank(d.occupation()) && !ProfileCatalogues.OCCUPATIONS.contains(d.occupation())) {
            return refused("occupation", "registration.occupation");
        }
        return Optional.empty();
    }

    private static PersonDetails normalized(PersonDetails d) {
        return new PersonDetails(d.lastNames().strip(), d.firstNames().strip(), blankToNull(d.namesInScript()), d.dateOfBirth(),
                d.sex(), CountryNames.resolve(d.nationality()).orElseThrow(), blankToNull(d.documentType()), blankToNull(d.documentNumber()),
                isBlank(d.documentIssuer()) ? null : CountryNames.resolve(d.documentIssuer()).orElseThrow(), d.documentExpiresOn(),
                d.documentChecked(), blankToNull(d.phone()), blankToNull(d.email()), blankToNull(d.address()), blankToNull(d.destination()),
                d.languages().stream().distinct().toList(), blankToNull(d.education()), blankToNull(d.occupation()), blankToNull(d.skills()),
                blankToNull(d.separatedFrom()));
    }

    private static Optional<Saved.Refused> refused(String field, String key) {
        return Optional.of(new Saved.Refused(field, key));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
