package org.acogida.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.coalition.CountryNames;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.internal.CaseEvents;
import org.acogida.reception.internal.CaseRecords;
import org.acogida.reception.internal.RegistrationRecords;
import org.acogida.reception.profile.ProfileCatalogues;
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

    private final CaseRecords cases;
    private final RegistrationRecords registrations;
    private final CaseEvents events;
    private final Duplicates duplicates;
    private final AuditLog audit;
    private final Clock clock;

    Registration(CaseRecords cases, RegistrationRecords registrations, CaseEvents events, Duplicates duplicates, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.registrations = registrations;
        this.events = events;
        this.duplicates = duplicates;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case and its registration as they stand, and whether it was registered yet. */
    public record Current(ReceptionCase receptionCase, RegistrationDetails details, boolean registered) {}

    @Transactional(readOnly = true)
    public Current current(UUID caseId) {
        ReceptionCase c = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        return new Current(c, registrations.details(c), registrations.isRegistered(caseId));
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
    public Saved save(UUID caseId, int seenVersion, RegistrationDetails typed) {
        ReceptionCase current = cases.find(caseId).orElseThrow(() -> CaseNotFound.forId(caseId));
        Optional<Saved.Refused> refused = refusal(typed);
        if (refused.isPresent()) {
            return refused.get();
        }
        RegistrationDetails details = normalized(typed);
        Map<String, String> before = registrations.snapshot(current);
        if (current.version() != seenVersion || !registrations.updateIdentity(caseId, seenVersion, details)) {
            return conflict(caseId, seenVersion, registrations.snapshot(cases.find(caseId).orElseThrow()));
        }
        UUID officer = Actors.require().userId();
        Instant now = clock.instant();
        boolean first = !registrations.isRegistered(caseId);
        registrations.keepRevision(caseId, seenVersion, before, officer, now);
        registrations.saveRegistration(caseId, details, officer, now);
        List<String> changed = changedFields(before, registrations.snapshot(cases.find(caseId).orElseThrow()));
        events.add(caseId, first ? "REGISTERED" : "REGISTRATION_CHANGED", String.join(", ", changed), officer, now);
        audit.record(AuditAction.UPDATE, "reception_case", caseId, current.memberState());
        ReceptionCase saved = cases.find(caseId).orElseThrow();
        boolean identityChanged = changed.stream().anyMatch(IDENTITY::contains);
        int proposed = identityChanged ? duplicates.proposeFor(List.of(saved)) : 0;
        return new Saved.Done(saved, proposed);
    }

    /** The fields that say who a person is: a change to any of them looks for duplicates again. */
    static final List<String> IDENTITY = List.of("lastNames", "firstNames", "dateOfBirth", "sex", "nationality", "documentNumber");

    private Saved conflict(UUID caseId, int seenVersion, Map<String, String> now) {
        List<Change> changes = new ArrayList<>();
        registrations.revision(caseId, seenVersion).ifPresent(then -> {
            for (String field : changedFields(then, now)) {
                changes.add(new Change(field, then.get(field), now.get(field)));
            }
        });
        return new Saved.Conflict(changes, events.timeline(caseId).stream().findFirst().orElse(null));
    }

    private static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(f -> !Objects.equals(blankToNull(before.get(f)), blankToNull(after.get(f)))).toList();
    }

    /** The first thing wrong with what was typed, with its field and message, or empty. */
    Optional<Saved.Refused> refusal(RegistrationDetails d) {
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

    private static RegistrationDetails normalized(RegistrationDetails d) {
        return new RegistrationDetails(d.lastNames().strip(), d.firstNames().strip(), blankToNull(d.namesInScript()), d.dateOfBirth(),
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
