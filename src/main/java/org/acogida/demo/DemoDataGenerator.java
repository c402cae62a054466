package org.acogida.demo;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.acogida.access.GeneratedPasswords;
import org.acogida.access.UserChange;
import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.coalition.Locality;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates the demo data set from a fixed seed. Every step checks what is already there, so a
 * start interrupted half-way completes the set on the next start and a complete set is left alone.
 */
@Component
class DemoDataGenerator {

    /** 26 January 2025, the day Colombia turned back two deportation flights alone. */
    static final long SEED = 20250126L;
    static final LocalDate COALITION_FOUNDED = LocalDate.of(2025, 3, 1);

    private static final Map<Role, String> ROLE_SLUGS = Map.of(
            Role.RECEPTION_OFFICER, "recepcion", Role.CASE_WORKER, "casos", Role.PROTECTION_OFFICER, "proteccion",
            Role.MEMBER_COORDINATOR, "coordinacion", Role.ADMINISTRATOR, "admin");
    private static final List<Role> MEMBER_ROLES = List.of(
            Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.PROTECTION_OFFICER, Role.MEMBER_COORDINATOR, Role.ADMINISTRATOR);
    static final String ANALYST_USERNAME = "coalicion.analisis";

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final Countries countries;
    private final Localities localities;
    private final Users users;
    private final DemoFlights flights;
    private final DemoReception reception;
    private final DemoCaseWork caseWork;
    private final org.acogida.federation.Federation federation;
    private final SecureRandom passwords = new SecureRandom();

    DemoDataGenerator(Countries countries, Localities localities, Users users, DemoFlights flights, DemoReception reception,
                      DemoCaseWork caseWork, org.acogida.federation.Federation federation) {
        this.caseWork = caseWork;
        this.federation = federation;
        this.countries = countries;
        this.localities = localities;
        this.users = users;
        this.flights = flights;
        this.reception = reception;
    }

    void generate(Path dataDirectory) {
        Random random = new Random(SEED);
        for (String member : DemoCoalition.MEMBERS) {
            Actors.asSystem("demo data", () -> countries.admit(member, COALITION_FOUNDED));
        }
        // A node of a federation demo (./acogida federation demo) holds the data of the members it hosts only.
        List<String> hosted = DemoCoalition.MEMBERS.stream().filter(federation::hosts).toList();
        List<String> hostedWithUsers = DemoCoalition.MEMBERS_WITH_USERS.stream().filter(federation::hosts).toList();
        for (String member : hosted) {
            List<DemoCoalition.Place> places = DemoCoalition.places(member);
            // Draw every capacity before looking at the database, so the draws do not depend on what exists.
            int[] capacities = places.stream().mapToInt(place -> capacity(random, place.site())).toArray();
            Actors.onBehalfOf(member, "demo data", () -> {
                for (int i = 0; i < places.size(); i++) {
                    DemoCoalition.Place place = places.get(i);
                    if (!localities.nameTaken(place.adminArea(), place.name(), null)) {
                        localities.create(new Localities.Details(place.name(),
                                place.site() ? Locality.Kind.SITE : Locality.Kind.MUNICIPALITY, place.adminArea(), capacities[i]));
                    }
                }
            });
        }
        int nameIndex = 0;
        for (String member : hostedWithUsers) {
            for (Role role : MEMBER_ROLES) {
                String username = member.toLowerCase() + "." + ROLE_SLUGS.get(role);
                createUser(dataDirectory, username, DemoCoalition.STAFF_NAMES.get(nameIndex++), role, member);
            }
        }
        createUser(dataDirectory, ANALYST_USERNAME, DemoCoalition.STAFF_NAMES.get(nameIndex++), Role.COALITION_ANALYST, null);
        // Every member has a coordinator, so that all can vote on the protocol and receive their flights.
        Map<String, Actor> coordinators = new java.util.LinkedHashMap<>();
        for (String member : hosted) {
            String username = member.toLowerCase() + "." + ROLE_SLUGS.get(Role.MEMBER_COORDINATOR);
            if (!DemoCoalition.MEMBERS_WITH_USERS.contains(member)) {
                createUser(dataDirectory, username, DemoCoalition.STAFF_NAMES.get(nameIndex++ % DemoCoalition.STAFF_NAMES.size()),
                        Role.MEMBER_COORDINATOR, member);
            }
            users.actorFor(username).ifPresent(actor -> coordinators.put(member, actor));
        }
        flights.generate(coordinators, random);
        Map<String, Actor> desks = new java.util.LinkedHashMap<>(coordinators);
        for (String member : hostedWithUsers) {
            users.actorFor(member.toLowerCase() + "." + ROLE_SLUGS.get(Role.RECEPTION_OFFICER)).ifPresent(actor -> desks.put(member, actor));
        }
        reception.generate(desks);
        caseWork.generate(hostedWithUsers);
    }

    /** Reception sites hold 150–400 people; municipalities 100–1,500, in steps of ten. */
    private static int capacity(Random random, boolean site) {
        return site ? 150 + 10 * random.nextInt(26) : 100 + 10 * random.nextInt(141);
    }

    private void createUser(Path dataDirectory, String username, String displayName, Role role, String member) {
        String password = GeneratedPasswords.generate(passwords);
        String language = "HTI".equals(member) ? "ht" : "es";
        UserChange change = Actors.asSystem("demo data",
                () -> users.createFromCommandLine(new Users.NewUser(username, displayName, role, language), member, password));
        switch (change) {
            case UserChange.Saved saved -> DemoAccounts.append(dataDirectory,
                    new DemoData.Account(username, password, role.name(), member == null ? "" : member, displayName));
            case UserChange.Refused refused when "user.refused.username-taken".equals(refused.messageKey()) -> {
                // Created on an earlier start; its password is in demo-accounts.txt.
            }
            case UserChange.Refused refused -> log.warn("Demo user {} not created: {}", username, refused.messageKey());
        }
    }
}
