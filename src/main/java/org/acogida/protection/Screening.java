package org.acogida.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.cases.Case;
import org.acogida.cases.CaseTimeline;
import org.acogida.cases.Cases;
import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.internal.ChildProtectionRecords;
import org.acogida.protection.internal.ScreeningRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening a person for specific needs and health at reception. Codes of sexual and gender-based
 * violence and of torture are the protection officers' to record and to read: others neither see
 * them nor remove them when they screen the case again. A child found unaccompanied or separated
 * starts the child-protection workflow.
 */
@Component
public class Screening {

    /** UNHCR categories only protection officers record and read: survivors of violence and of torture. */
    public static final Set<String> RESTRICTED_CATEGORIES = Set.of("SV", "TR");

    private final ScreeningRecords screenings;
    private final ChildProtectionRecords children;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final Countries countries;
    private final Clock clock;

    Screening(ScreeningRecords screenings, ChildProtectionRecords children, Cases cases, CaseTimeline timeline, Countries countries,
              Clock clock) {
        this.screenings = screenings;
        this.children = children;
        this.cases = cases;
        this.timeline = timeline;
        this.countries = countries;
        this.clock = clock;
    }

    /** The screening as the signed-in user may see it: the codes they may read, and how many others protection recorded. */
    public record View(boolean screened, Instant at, String byName, Set<String> codes, int restrictedNotShown) {
        public boolean has(String code) {
            return codes.contains(code);
        }
    }

    @Transactional(readOnly = true)
    public View view(UUID caseId) {
        cases.find(caseId);
        Optional<ScreeningRecords.Screened> found = screenings.find(caseId);
        Set<String> all = found.map(ScreeningRecords.Screened::codes).orElse(Set.of());
        Set<String> visible = new TreeSet<>();
        all.stream().filter(code -> mayRead(code)).forEach(visible::add);
        return new View(found.isPresent(), found.map(ScreeningRecords.Screened::at).orElse(null),
                found.map(ScreeningRecords.Screened::byName).orElse(null), visible, all.size() - visible.size());
    }

    public sealed interface Screened {
        record Done(int codes, boolean childProtectionStarted) implements Screened {}

        record Refused(String field, String messageKey) implements Screened {}
    }

    @Transactional
    public Screened screen(UUID caseId, Set<String> typed) {
        Case c = cases.forChange(caseId);
        for (String code : typed) {
            if (!SpecificNeeds.isKnown(code)) {
                return new Screened.Refused("codes", "screening.unknown-code");
            }
            if (!mayRead(code)) {
                return new Screened.Refused("codes", "screening.restricted");
            }
        }
        Integer age = c.dateOfBirth() == null ? null : java.time.Period.between(c.dateOfBirth(), LocalDate.now(clock)).getYears();
        boolean childCode = typed.stream().anyMatch(SpecificNeeds.UNACCOMPANIED_CHILD::contains);
        int ageOfMajority = countries.facts(c.memberState()).ageOfMajority();
        if (childCode && age != null && age >= ageOfMajority) {
            return new Screened.Refused("codes", "screening.child-code-adult");
        }
        Set<String> codes = new TreeSet<>(typed);
        screenings.codes(caseId).stream().filter(code -> !mayRead(code)).forEach(codes::add);
        UUID actor = Actors.require().userId();
        screenings.save(caseId, codes, actor, clock.instant());
        timeline.record(caseId, ProtectionEvents.SCREENED, String.valueOf(codes.size()), AuditAction.UPDATE, "screening", caseId);
        boolean started = false;
        if ((childCode || c.unaccompanied()) && (c.minor() || age != null && age < ageOfMajority) && children.startIfAbsent(caseId, actor)) {
            timeline.record(caseId, ProtectionEvents.CHILD_IDENTIFIED, null, AuditAction.CREATE, "child_protection", caseId);
            started = true;
        }
        return new Screened.Done(codes.size(), started);
    }

    static boolean mayRead(String code) {
        String category = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return !RESTRICTED_CATEGORIES.contains(category) || Actors.require().role() == Role.PROTECTION_OFFICER;
    }
}
