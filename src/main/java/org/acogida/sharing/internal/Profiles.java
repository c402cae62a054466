package org.acogida.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.TreeSet;

import org.acogida.cases.Case;
import org.acogida.cases.Cases;
import org.acogida.cases.Identity;
import org.acogida.cases.PersonDetails;
import org.acogida.cases.Persons;
import org.acogida.protection.Claims;
import org.acogida.protection.NonRefoulementMark;
import org.acogida.protection.Screening;
import org.acogida.sharing.PlacementDisclosure;
import org.acogida.sharing.PlacementProfile;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.TransferRecord;
import org.springframework.stereotype.Component;

/**
 * What placement shows of a person, before and after acceptance. Made here, at the sender, from
 * the person's case, the family travelling with them, their registration, their screening and
 * their marks; only what the purpose allows is put in.
 */
@Component
public class Profiles {

    /** Violence and torture are never shared, not even as a category. */
    static final Set<String> NEVER_SHARED = Set.of("SV", "TR");

    private final Cases cases;
    private final Persons persons;
    private final Screening screening;
    private final Claims claims;
    private final Clock clock;

    Profiles(Cases cases, Persons persons, Screening screening, Claims claims, Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.screening = screening;
        this.claims = claims;
        this.clock = clock;
    }

    /** What the purpose shows before acceptance: nothing for tracing (the person sought is sent instead), no education or occupation for a protection referral. */
    public PlacementProfile profileFor(Purpose purpose, Case shown) {
        return switch (purpose) {
            case PLACEMENT, TRANSFER -> placement(shown);
            case PROTECTION_REFERRAL -> {
                PlacementProfile p = placement(shown);
                yield new PlacementProfile(p.members(), p.languages(), null, null, p.needs(), p.mustNotBeSentTo());
            }
            case TRACING -> null;
        };
    }

    public PlacementProfile placement(Case shown) {
        PersonDetails details = persons.of(shown);
        LocalDate today = LocalDate.now(clock);
        List<PlacementProfile.Member> members = new ArrayList<>();
        for (Case person : family(shown)) {
            members.add(new PlacementProfile.Member(ageBand(person.identity().dateOfBirth(), today), person.identity().sex()));
        }
        String occupation = details.occupation() == null ? null : details.occupation().substring(0, 1);
        return new PlacementProfile(members, details.languages(), details.education(), occupation, needs(shown), feared(shown));
    }

    /** The needs by category, from the person's screening: never violence or torture. */
    private Set<String> needs(Case shown) {
        Set<String> needs = new TreeSet<>();
        for (String code : screening.view(shown.id()).codes()) {
            String category = code.startsWith("HEALTH-") ? "HEALTH" : code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
            if (!NEVER_SHARED.contains(category)) {
                needs.add(category);
            }
        }
        return needs;
    }

    private Set<String> feared(Case person) {
        Set<String> feared = new TreeSet<>();
        claims.marks(person.id()).stream().map(NonRefoulementMark::country).forEach(feared::add);
        return feared;
    }

    /**
     * What a transfer hands over: each person of the family as registered, without the address in
     * the country they leave, with their own marks; the needs by category of the profile offered
     * (made when the case worker offered it: screening is read as they may read it); the case's
     * reference here.
     */
    public TransferRecord transfer(Case shown, PlacementProfile offered) {
        List<TransferRecord.Person> people = new ArrayList<>();
        for (Case person : family(shown)) {
            PersonDetails d = persons.of(person);
            PersonDetails handed = new PersonDetails(d.lastNames(), d.firstNames(), d.namesInScript(), d.dateOfBirth(), d.sex(), d.nationality(),
                    d.documentType(), d.documentNumber(), d.documentIssuer(), d.documentExpiresOn(), d.documentChecked(), d.phone(), d.email(),
                    null, d.destination(), d.languages(), d.education(), d.occupation(), d.skills(), d.separatedFrom());
            people.add(new TransferRecord.Person(handed, person.minor(), person.unaccompanied(), feared(person)));
        }
        return new TransferRecord(people, offered.needs(), shown.reference());
    }

    /** For tracing, once both coordinators agreed: who this member's person is and how to reach them, nothing of their family or needs. */
    public PlacementDisclosure connection(Case person) {
        PersonDetails details = persons.of(person);
        Identity identity = person.identity();
        return new PlacementDisclosure(List.of(new PlacementDisclosure.Person(identity.lastNames(), identity.firstNames(), identity.dateOfBirth(),
                identity.sex(), identity.nationality())), details.documentType(), details.documentNumber(), details.phone(), null);
    }

    /**
     * Who the person and their family are, with the profile that was offered (made when the person's
     * case worker offered it: screening is read as they may read it).
     */
    public PlacementDisclosure placementDisclosure(Case shown, PlacementProfile offered) {
        PersonDetails details = persons.of(shown);
        List<PlacementDisclosure.Person> people = new ArrayList<>();
        for (Case person : family(shown)) {
            Identity identity = person.identity();
            people.add(new PlacementDisclosure.Person(identity.lastNames(), identity.firstNames(), identity.dateOfBirth(), identity.sex(),
                    identity.nationality()));
        }
        return new PlacementDisclosure(people, details.documentType(), details.documentNumber(), details.phone(), offered);
    }

    /** The cases whose people a placement's disclosure or a transfer names: the person's and the family's. */
    public List<UUID> disclosedCases(Case shown) {
        return family(shown).stream().map(Case::id).toList();
    }

    /** The person first, then the family that travelled with them. */
    private List<Case> family(Case shown) {
        List<Case> family = new ArrayList<>(List.of(shown));
        family.addAll(cases.familyOf(shown));
        return family;
    }

    /** Bands wide enough that an age does not name a person: 0-4, 5-11, 12-17, 18-24, 25-39, 40-59, 60+. */
    static String ageBand(LocalDate born, LocalDate today) {
        if (born == null) {
            return "UNKNOWN";
        }
        int age = Period.between(born, today).getYears();
        return age < 5 ? "0-4" : age < 12 ? "5-11" : age < 18 ? "12-17" : age < 25 ? "18-24" : age < 40 ? "25-39" : age < 60 ? "40-59" : "60+";
    }
}
