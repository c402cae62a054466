package org.acogida.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.acogida.access.Users;
import org.acogida.cases.Identity;
import org.acogida.cases.PersonDetails;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.coalition.MemberFacts;
import org.acogida.documents.DocumentKind;
import org.acogida.documents.Documents;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.protection.ChildProtection;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.Claims;
import org.acogida.protection.Screening;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.CaseFile;
import org.acogida.reception.CheckIn;
import org.acogida.reception.CheckInDesk;
import org.acogida.reception.ReceptionCase;
import org.acogida.reception.Registration;
import org.acogida.reception.WalkIn;
import org.springframework.stereotype.Component;

/**
 * The work done on the demo's cases in the members whose staff have accounts: people registered
 * with their languages and trades, screened (unaccompanied children with their protection started,
 * chronic illness, single parents), non-nationals given a humanitarian pass and some a protection
 * claim, a person who came back to the desk registered again (a duplicate waiting for review), and
 * in Mexico passes issued on arrival four weeks ago that expire this week. Through the services the
 * staff use, so it is audited; each step looks first whether it was done, so a restart adds nothing.
 */
@Component
class DemoCaseWork {

    /** How many people of each member's latest landed flight the desk has registered and screened. */
    static final int REGISTERED_PER_MEMBER = 8;
    /** Days back whose flights landed with passes now at the end of their 30 days. */
    static final int PASSES_ISSUED_DAYS_AGO = 26;

    /** Non-nationals who came to each member's desk overland, one of them afraid to go back. */
    static final List<Arrival> NON_NATIONALS = List.of(
            new Arrival("GTM", "Hernández Mejía", "Kevin Josué", LocalDate.of(1999, 2, 17), "M", "HND", "MS-13 amenazó de muerte a Kevin "
                    + "por negarse a cobrar la extorsión en su colonia de San Pedro Sula; mataron a su primo en marzo.", ClaimGround.ORGANISED_CRIME),
            new Arrival("HND", "Lacayo Urbina", "Martha Isabel", LocalDate.of(1985, 9, 4), "F", "NIC", "Martha participó en las protestas de "
                    + "abril de 2018 en Masaya; la policía la busca y detuvo a su hermano.", ClaimGround.POLITICAL_OPINION),
            new Arrival("COL", "Rojas Peña", "Yorman Alexis", LocalDate.of(1996, 12, 1), "M", "VEN", null, null),
            new Arrival("MEX", "Joseph", "Wideline", LocalDate.of(1993, 6, 21), "F", "HTI", "Wideline huyó de Croix-des-Bouquets después de que "
                    + "la pandilla 400 Mawozo quemara su casa; teme volver a Haití.", ClaimGround.GENERALISED_VIOLENCE));

    record Arrival(String member, String lastNames, String firstNames, LocalDate born, String sex, String nationality, String fear,
                   ClaimGround ground) {}

    /** Languages people speak at each member's desk besides Spanish, and the occupations officers hear most. */
    private static final Map<String, List<String>> LANGUAGES = Map.of("GTM", List.of("quc", "mam", "kek", "cak"), "HND", List.of("cab", "miq"),
            "MEX", List.of("nah", "tzo", "yua"), "COL", List.of("en"));
    private static final List<String> OCCUPATIONS = List.of("92", "71", "93", "52", "51", "83", "75", "61", "91", "53");
    private static final List<String> SKILLS = List.of("albañilería, pintura", "cosecha de café, poda", "cocina, atención al cliente",
            "conducción de camión, licencia C", "costura industrial", "carpintería", "limpieza de oficinas", "mecánica automotriz");

    private final Users users;
    private final FlightNotices notices;
    private final Manifests manifests;
    private final Arrivals arrivals;
    private final CheckInDesk desk;
    private final CaseFile cases;
    private final Registration registration;
    private final Screening screening;
    private final ChildProtection children;
    private final Claims claims;
    private final Documents documents;
    private final Countries countries;
    private final java.time.Clock clock;

    DemoCaseWork(Users users, FlightNotices notices, Manifests manifests, Arrivals arrivals, CheckInDesk desk, CaseFile cases,
                 Registration registration, Screening screening, ChildProtection children, Claims claims, Documents documents,
                 Countries countries, java.time.Clock clock) {
        this.users = users;
        this.notices = notices;
        this.manifests = manifests;
        this.arrivals = arrivals;
        this.desk = desk;
        this.cases = cases;
        this.registration = registration;
        this.screening = screening;
        this.children = children;
        this.claims = claims;
        this.documents = documents;
        this.countries = countries;
        this.clock = clock;
    }

    void generate(List<String> membersWithUsers) {
        for (String member : membersWithUsers) {
            Actor officer = actor(member, "recepcion");
            Actor protection = actor(member, "proteccion");
            Actor coordinator = actor(member, "coordinacion");
            Random random = new Random(DemoDataGenerator.SEED ^ member.hashCode());
            List<List<ReceptionCase>> landed = Actors.as(officer, () -> landedFlights(member));
            List<ReceptionCase> latest = landed.isEmpty() ? List.of() : landed.getLast();
            for (ReceptionCase c : latest.stream().filter(c -> c.checkIn() == CheckIn.PRESENT).limit(REGISTERED_PER_MEMBER).toList()) {
                Actors.as(officer, () -> registerAndScreen(c, member, random));
            }
            for (ReceptionCase c : latest.stream().filter(c -> c.personCase().unaccompanied()).toList()) {
                Actors.as(officer, () -> startChildProtection(c));
            }
            NON_NATIONALS.stream().filter(a -> a.member().equals(member)).findFirst()
                    .ifPresent(arrival -> arriveAndProtect(arrival, officer, protection));
            Actors.as(officer, () -> cameBackWithoutPapers(landed.size() > 1 ? landed.getFirst() : List.of()));
            if (member.equals("MEX")) {
                Actors.as(coordinator, () -> passesIssuedOnArrival(member));
            }
        }
    }

    /** The cases of each of the member's flights that landed in the desk's window, oldest flight first. */
    private List<List<ReceptionCase>> landedFlights(String member) {
        LocalDate today = LocalDate.now(clock);
        return notices.board(today.minusDays(DemoReception.DAYS_LANDED - 1), DemoReception.DAYS_LANDED, null).stream()
                .filter(row -> row.flight().memberState().equals(member)).map(row -> cases.ofFlight(row.flight().id()))
                .filter(cases -> !cases.isEmpty()).toList();
    }

    private Object registerAndScreen(ReceptionCase c, String member, Random random) {
        Registration.Current current = registration.current(c.id());
        if (!current.registered()) {
            List<String> languages = new ArrayList<>(List.of("es"));
            List<String> own = LANGUAGES.getOrDefault(member, List.of());
            if (!own.isEmpty() && random.nextDouble() < 0.4) {
                languages.addFirst(own.get(random.nextInt(own.size())));
            }
            MemberFacts facts = countries.facts(member);
            boolean adult = c.identity().dateOfBirth() == null
                    || c.identity().dateOfBirth().isBefore(LocalDate.now(clock).minusYears(facts.ageOfMajority()));
            PersonDetails d = current.details();
            registration.save(c.id(), c.version(), new PersonDetails(d.lastNames(), d.firstNames(), null, d.dateOfBirth(), d.sex(),
                    d.nationality(), d.documentType(), d.documentNumber(), c.identity().nationality(), null, PersonDetails.DocumentCheck.SEEN,
                    String.format("+%s %04d %04d", facts.phonePrefix(), random.nextInt(10_000), random.nextInt(10_000)), null, null,
                    DemoCoalition.places(member).get(random.nextInt(DemoCoalition.places(member).size())).adminArea(), languages,
                    adult ? String.valueOf(1 + random.nextInt(4)) : "1", adult ? OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())) : null,
                    adult ? SKILLS.get(random.nextInt(SKILLS.size())) : null, null));
        }
        if (!screening.view(c.id()).screened()) {
            Set<String> codes = new java.util.TreeSet<>();
            if (c.arrival().medicalNotes() != null) {
                codes.add("SM-CI");
                codes.add("HEALTH-MEDICATION");
            }
            if (c.arrival().familyUnitId() != null && !c.personCase().minor() && random.nextDouble() < 0.3) {
                codes.add("SP-PT");
            }
            if (random.nextDouble() < 0.1) {
                codes.add("LP-ND");
            }
            screening.screen(c.id(), codes);
        }
        return null;
    }

    /** Every unaccompanied child is screened SC-UC; the authority is notified for all but the last, whose notification is the desk's next task. */
    private Object startChildProtection(ReceptionCase c) {
        if (!screening.view(c.id()).screened()) {
            screening.screen(c.id(), Set.of("SC-UC"));
        }
        children.path(c.id()).filter(path -> path.step() == org.acogida.protection.ChildPath.Step.IDENTIFIED && path.started()
                        && c.arrival().passengerId() != null && !c.arrival().passengerId().endsWith("9"))
                .ifPresent(path -> children.notifyAuthority(c.id(), path.version(),
                        countries.facts(c.personCase().memberState()).childProtectionAuthority()));
        return null;
    }

    private void arriveAndProtect(Arrival arrival, Actor officer, Actor protection) {
        List<ArrivalPoint> points = countries.arrivalPointsOf(arrival.member());
        if (points.isEmpty()) {
            return;
        }
        ArrivalPoint point = points.stream().filter(p -> p.kind() == ArrivalPoint.Kind.LAND_CROSSING).findFirst().orElse(points.getFirst());
        String name = arrival.lastNames() + " " + arrival.firstNames();
        List<CheckInDesk.Found> found = Actors.as(officer, () -> desk.search(point.code(), name));
        if (!found.isEmpty()) {
            return;
        }
        Arrivals.WalkInResult result = Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn(point.code(),
                point.kind() == ArrivalPoint.Kind.LAND_CROSSING ? ArrivalKind.LAND_BORDER : ArrivalKind.WALK_IN, arrival.lastNames(),
                arrival.firstNames(), arrival.born(), arrival.sex(), arrival.nationality(), "PASSPORT", null, false)));
        if (!(result instanceof Arrivals.WalkInResult.Registered registered)) {
            return;
        }
        String language = arrival.nationality().equals("HTI") ? "ht" : "es";
        Actors.as(officer, () -> documents.issue(registered.caseId(), DocumentKind.HUMANITARIAN_PASS, language));
        if (arrival.fear() != null) {
            Actors.as(protection, () -> claims.record(registered.caseId(),
                    new Claims.NewClaim(arrival.nationality(), Set.of(arrival.ground()), arrival.fear(), true)));
        }
    }

    /**
     * Someone from the oldest landed flight came back to the desk the next day without papers and
     * was registered again: the same names and date of birth, a possible duplicate for an officer to decide.
     */
    private Object cameBackWithoutPapers(List<ReceptionCase> earlier) {
        earlier.stream().filter(c -> c.checkIn() == CheckIn.PRESENT && c.identity().dateOfBirth() != null && !c.personCase().minor())
                .findFirst().ifPresent(c -> {
            Identity person = c.identity();
            boolean again = desk.search(c.arrivalPoint(), person.lastNames() + " " + person.firstNames()).stream()
                    .anyMatch(f -> f.receptionCase().arrival().kind() == ArrivalKind.WALK_IN);
            if (!again) {
                arrivals.registerWalkIn(new WalkIn(c.arrivalPoint(), ArrivalKind.WALK_IN, person.lastNames(), person.firstNames(),
                        person.dateOfBirth(), person.sex(), person.nationality(), "", "", false));
            }
        });
        return null;
    }

    /**
     * Mexico's non-nationals who landed four weeks ago got a 30-day pass on arrival: it expires this
     * week. The first two flights with non-nationals on board 24 to 29 days ago are landed (their
     * people long since checked in) and their non-nationals' passes recorded from the day they came.
     */
    private Object passesIssuedOnArrival(String member) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int landed = 0;
        for (int daysAgo = PASSES_ISSUED_DAYS_AGO + 3; daysAgo >= PASSES_ISSUED_DAYS_AGO - 2 && landed < 2; daysAgo--) {
            for (FlightNotices.BoardRow row : notices.board(today.minusDays(daysAgo), 1, null)) {
                boolean refused = row.decision() != null && row.decision().standing() == org.acogida.flights.Outcome.REFUSE;
                Instant arrived = row.flight().scheduledArrival().plusSeconds(20 * 60);
                if (landed >= 2 || !row.flight().memberState().equals(member) || !row.flight().hasManifest() || refused || arrived.isAfter(now)
                        || manifests.passengers(row.flight().id()).stream().allMatch(p -> p.citizenship().equals(member))) {
                    continue;
                }
                if (arrivals.landAt(row.flight().id(), arrived) instanceof org.acogida.reception.LandingResult.Landed) {
                    cases.ofFlight(row.flight().id()).forEach(c -> desk.mark(c.id(), CheckIn.PRESENT, c.version()));
                }
                landed++;
                for (ReceptionCase c : cases.ofFlight(row.flight().id())) {
                    if (!c.identity().nationality().equals(member) && documents.ofCase(c.id()).isEmpty()) {
                        documents.issueFrom(c.id(), DocumentKind.HUMANITARIAN_PASS, "es", LocalDate.ofInstant(arrived, ZoneOffset.UTC));
                    }
                }
            }
        }
        return null;
    }

    private Actor actor(String member, String slug) {
        return users.actorFor(member.toLowerCase() + "." + slug).orElseThrow();
    }
}
