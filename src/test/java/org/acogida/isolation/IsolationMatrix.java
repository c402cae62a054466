package org.acogida.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actors;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For every route Acogida has, discovered from its request mappings: a user of another member
 * state (every role, and the coalition analyst) tries it with a real id of a record that is not
 * theirs, and must get exactly what they get for an id that does not exist. Routes without an id
 * must show none of the other member's data, and no route may change it. A route whose path
 * variable or form is unknown to {@link RecordFixtures} fails, so a new route is never untested.
 */
abstract class IsolationMatrix {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    /** The CSRF token differs on every response (BREACH protection); it is the only part of a page that may. */
    private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\"[^>]*?(value|content)=\")[^\"]*(\")");

    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.acogida.flights.FlightNotices notices;
    @Autowired
    org.acogida.flights.Manifests manifests;
    @Autowired
    org.acogida.flights.Protocol protocol;
    @Autowired
    org.acogida.reception.Arrivals arrivals;
    @Autowired
    org.acogida.reception.CaseFile caseFile;
    @Autowired
    org.acogida.cases.Duplicates duplicates;
    @Autowired
    org.acogida.cases.Movements movements;
    @Autowired
    org.acogida.protection.Claims claims;
    @Autowired
    org.acogida.documents.Documents documents;
    @Autowired
    org.acogida.sharing.Sharing sharing;

    TwoMembers members;
    RecordFixtures.OtherMember other;
    static final String OTHER_POINT = "SAP";

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        org.acogida.platform.actor.Actor coordinator = members.otherUsers.get(org.acogida.platform.actor.Role.MEMBER_COORDINATOR).actor();
        String mission = "ISO-" + members.canary;
        java.time.Instant arrival = java.time.Instant.parse("2026-12-10T14:00:00Z");
        UUID flight = ((org.acogida.flights.FlightNotices.NoticeResult.Registered) org.acogida.platform.actor.Actors.as(coordinator, () ->
                notices.registerNotice(new org.acogida.flights.FlightNotice("ICE Air Operations", mission, arrival.minusSeconds(14_400), arrival,
                        "AEX", OTHER_POINT, org.acogida.flights.AircraftKind.CHARTER, false, 1, arrival.minusSeconds(500_000))))).flightId();
        String header = org.acogida.flights.manifest.ManifestFiles.HEADER;
        java.util.function.Function<String, byte[]> manifest = name -> org.acogida.flights.manifest.ManifestFiles.utf8(header + "\n"
                + String.join(",", mission, "2026-12-10", "AEX", OTHER_POINT, "P1", name, "Other " + members.canary, "1990-01-01", "F", "HND",
                "", "", "", "", "", "") + "\n");
        org.acogida.platform.actor.Actors.as(coordinator, () -> manifests.importManifest(flight, manifest.apply("First"), "m.csv", false));
        UUID pending = ((org.acogida.flights.ManifestImport.AmendmentPending) org.acogida.platform.actor.Actors.as(coordinator, () ->
                manifests.importManifest(flight, manifest.apply("Second"), "m.csv", false))).manifestId();
        UUID motion = org.acogida.platform.actor.Actors.as(coordinator, () -> protocol.proposeAmendment("Shared motion",
                org.acogida.flights.protocol.ProtocolParameters.proposal(), 50, 50));
        org.acogida.platform.actor.Actor officer = members.otherUsers.get(org.acogida.platform.actor.Role.RECEPTION_OFFICER).actor();
        org.acogida.platform.actor.Actors.as(officer, () -> arrivals.land(flight));
        UUID receptionCase = org.acogida.platform.actor.Actors.as(officer, () -> caseFile.ofFlight(flight)).getFirst().id();
        other = new RecordFixtures.OtherMember(members, flight, pending, motion, receptionCase, otherMembersCaseWork(receptionCase));
    }

    /**
     * The other member's records beyond a landed flight: a non-national who walked in twice (a
     * duplicate to review), with a pass and a protection claim, and a proposed transfer.
     */
    private RecordFixtures.CaseWork otherMembersCaseWork(UUID flightCase) {
        org.acogida.platform.actor.Actor officer = members.otherUsers.get(org.acogida.platform.actor.Role.RECEPTION_OFFICER).actor();
        org.acogida.platform.actor.Actor caseWorker = members.otherUsers.get(org.acogida.platform.actor.Role.CASE_WORKER).actor();
        org.acogida.platform.actor.Actor protection = members.otherUsers.get(org.acogida.platform.actor.Role.PROTECTION_OFFICER).actor();
        java.util.function.Supplier<UUID> walkIn = () -> ((org.acogida.reception.Arrivals.WalkInResult.Registered) org.acogida.platform.actor.Actors.as(officer,
                () -> arrivals.registerWalkIn(new org.acogida.reception.WalkIn(OTHER_POINT, org.acogida.reception.ArrivalKind.LAND_BORDER,
                        "Other " + members.canary, "Walker", java.time.LocalDate.of(1991, 5, 5), "M", "VEN", "PASSPORT", "V" + members.canary, false))))
                .caseId();
        UUID nonNational = walkIn.get();
        walkIn.get();
        UUID review = org.acogida.platform.actor.Actors.as(officer, () -> duplicates.pending()).getFirst().id();
        UUID document = ((org.acogida.documents.Documents.Outcome.Done) org.acogida.platform.actor.Actors.as(officer,
                () -> documents.issue(nonNational, org.acogida.documents.DocumentKind.HUMANITARIAN_PASS, "es"))).document().id();
        UUID claim = ((org.acogida.protection.Claims.Recorded.Done) org.acogida.platform.actor.Actors.as(protection, () -> claims.record(nonNational,
                new org.acogida.protection.Claims.NewClaim("VEN", java.util.Set.of(org.acogida.protection.ClaimGround.POLITICAL_OPINION),
                        "Other " + members.canary + " account", false)))).claimId();
        UUID movement = ((org.acogida.cases.Movements.Proposed.Done) org.acogida.platform.actor.Actors.as(caseWorker,
                () -> movements.propose(flightCase, org.acogida.cases.Movement.Kind.TRANSFER, members.own, "Own " + members.canary))).movement().id();
        org.acogida.sharing.OutgoingShare offered = ((org.acogida.sharing.Sharing.Offered.Done) org.acogida.platform.actor.Actors.as(caseWorker,
                () -> sharing.offer(nonNational, new org.acogida.sharing.Sharing.NewOffer(org.acogida.sharing.Purpose.PLACEMENT, members.own,
                        org.acogida.sharing.ConsentMethod.SIGNED, "es", null)))).share();
        return new RecordFixtures.CaseWork(nonNational, review, document, claim, movement, offered.consentId(), offeredToTheOtherMember(), offered.id());
    }

    /** A person who walked in at the user's own member, offered for placement to the other member. */
    private UUID offeredToTheOtherMember() {
        org.acogida.platform.actor.Actor officer = members.ownUsers.get(org.acogida.platform.actor.Role.RECEPTION_OFFICER).actor();
        org.acogida.platform.actor.Actor caseWorker = members.ownUsers.get(org.acogida.platform.actor.Role.CASE_WORKER).actor();
        UUID walker = ((org.acogida.reception.Arrivals.WalkInResult.Registered) org.acogida.platform.actor.Actors.as(officer,
                () -> arrivals.registerWalkIn(new org.acogida.reception.WalkIn("GUA", org.acogida.reception.ArrivalKind.LAND_BORDER,
                        "Offered " + members.canary, "Walker", java.time.LocalDate.of(1988, 3, 3), "F", "SLV", "PASSPORT", "S" + members.canary, false))))
                .caseId();
        return ((org.acogida.sharing.Sharing.Offered.Done) org.acogida.platform.actor.Actors.as(caseWorker, () -> sharing.offer(walker,
                new org.acogida.sharing.Sharing.NewOffer(org.acogida.sharing.Purpose.PLACEMENT, members.other, org.acogida.sharing.ConsentMethod.SIGNED,
                        "es", null)))).share().id();
    }

    record Route(HttpMethod method, String pattern) {
        String key() {
            return method.name() + " " + pattern;
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteTreatsAnotherMembersRecordAsMissing() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.key(), () -> check(route)));
    }

    /**
     * Every route that hands out a file (a pass, a QR code, a decision letter) writes an EXPORT
     * audit entry of the member whose record it is, when that member's own user takes it: a file
     * leaves the screen, and can be copied and lost. The routes are found from their handlers'
     * return type, so a new one is checked as soon as it exists.
     */
    @TestFactory
    Stream<DynamicTest> everyFileHandedOutIsAnAuditedExport() {
        List<Route> files = fileRoutes();
        assertThat(files).as("the routes that hand out files").isNotEmpty();
        return files.stream().map(route -> DynamicTest.dynamicTest(route.key(), () -> {
            String path = expand(route, true);
            boolean handedOut = false;
            for (SignedInUser owner : members.otherUsers.values()) {
                long before = exports();
                if (perform(route, path, owner).getStatus() == 200) {
                    handedOut = true;
                    assertThat(exports()).as("%s as %s: an EXPORT audit entry of %s", path, owner.role(), members.other).isGreaterThan(before);
                }
            }
            assertThat(handedOut).as("the record's own member can take %s (otherwise the fixture is not a real record)", path).isTrue();
        }));
    }

    private long exports() {
        return Actors.asSystem("isolation check", () -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_member = :m")
                .param("m", members.other).query(Long.class).single());
    }

    /** The GET routes whose handler returns a file's bytes. */
    List<Route> fileRoutes() {
        List<Route> files = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.stream()
                .flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList()) {
            java.lang.reflect.Type returned = mapping.getValue().getMethod().getGenericReturnType();
            if (mapping.getValue().getBeanType().getPackageName().startsWith("org.acogida")
                    && returned.getTypeName().equals("org.springframework.http.ResponseEntity<byte[]>")) {
                mapping.getKey().getPatternValues().forEach(pattern -> files.add(new Route(HttpMethod.GET, pattern)));
            }
        }
        return files;
    }

    private void check(Route route) throws Exception {
        Map<String, Object> before = otherMembersData();
        if (route.variables().isEmpty()) {
            checkLeaksNothing(route);
        } else {
            checkForeignIdLooksMissing(route);
        }
        assertThat(otherMembersData()).as("the other member's data after %s", route.key()).isEqualTo(before);
    }

    private void checkForeignIdLooksMissing(Route route) throws Exception {
        for (String variable : route.variables()) {
            assertThat(RecordFixtures.BY_PATH_VARIABLE.containsKey(variable) || RecordFixtures.SHARED.containsKey(variable))
                    .as("an isolation fixture for {%s} in %s (add it to RecordFixtures)", variable, route.key()).isTrue();
        }
        if (route.variables().stream().allMatch(RecordFixtures.SHARED::containsKey)) {
            checkSharedRecord(route);
            return;
        }
        String foreignPath = expand(route, true);
        String missingPath = expand(route, false);
        if (route.method() == HttpMethod.GET) {
            boolean ownerSeesIt = false;
            for (SignedInUser owner : members.otherUsers.values()) {
                ownerSeesIt |= perform(route, foreignPath, owner).getStatus() == 200;
            }
            assertThat(ownerSeesIt).as("the record's own member can open %s (otherwise the fixture is not a real record)", foreignPath).isTrue();
        }
        for (SignedInUser outsider : members.outsiders()) {
            MockHttpServletResponse foreign = perform(route, foreignPath, outsider);
            MockHttpServletResponse missing = perform(route, missingPath, outsider);
            assertThat(foreign.getStatus()).as("%s as %s %s: status for another member's id", route.key(), outsider.role(), outsider.memberState())
                    .isEqualTo(missing.getStatus());
            assertThat(normalized(foreign)).as("%s as %s: body for another member's id", route.key(), outsider.role())
                    .isEqualTo(normalized(missing));
            assertThat(foreign.getStatus()).as("%s as %s must not succeed", route.key(), outsider.role()).isGreaterThanOrEqualTo(400);
        }
    }

    /** A coalition-wide record: anyone may use the real id; an id that does not exist is a 404, never a failure. */
    private void checkSharedRecord(Route route) throws Exception {
        for (SignedInUser outsider : members.outsiders()) {
            MockHttpServletResponse missing = perform(route, expand(route, false), outsider);
            assertThat(missing.getStatus()).as("%s as %s with an id that does not exist", route.key(), outsider.role()).isIn(403, 404);
            MockHttpServletResponse real = perform(route, expand(route, true), outsider);
            assertThat(real.getStatus()).as("%s as %s with the real id", route.key(), outsider.role()).isLessThan(500);
        }
    }

    private void checkLeaksNothing(Route route) throws Exception {
        for (SignedInUser outsider : members.outsiders()) {
            MockHttpServletResponse response = perform(route, route.pattern(), outsider);
            String body = response.getContentAsString();
            assertThat(body).as("%s as %s shows nothing of the other member", route.key(), outsider.role())
                    .doesNotContain("Other " + members.canary)
                    .doesNotContain(members.otherLocality.id().toString())
                    .doesNotContain("ISO-" + members.canary)
                    .doesNotContain(other.flight().toString());
            for (SignedInUser other : members.otherUsers.values()) {
                assertThat(body).as("%s as %s", route.key(), outsider.role())
                        .doesNotContain(other.username()).doesNotContain(other.id().toString());
            }
        }
    }

    private MockHttpServletResponse perform(Route route, String path, SignedInUser user) throws Exception {
        var request = request(route.method(), path).with(authentication(TwoMembers.authentication(user))).with(csrf());
        if (route.pattern().startsWith("/api/") && route.method() != HttpMethod.GET) {
            assertThat(RecordFixtures.JSON).as("a JSON body for %s in RecordFixtures", route.key()).containsKey(route.key());
            request = request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(RecordFixtures.JSON.get(route.key()).replace("{otherPoint}", OTHER_POINT));
        } else if (route.method() != HttpMethod.GET) {
            assertThat(RecordFixtures.hasForm(route.key())).as("a form for %s in RecordFixtures", route.key()).isTrue();
            request = request.params(RecordFixtures.form(route.key(), members, OTHER_POINT));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String expand(Route route, boolean foreign) {
        String path = route.pattern();
        for (String variable : route.variables()) {
            UUID id;
            if (!foreign) {
                id = UUID.randomUUID();
            } else if (RecordFixtures.SHARED.containsKey(variable)) {
                id = RecordFixtures.SHARED.get(variable).apply(other);
            } else {
                id = RecordFixtures.BY_PATH_VARIABLE.get(variable).foreignId().apply(other);
            }
            path = path.replace("{" + variable + "}", id.toString());
        }
        return path;
    }

    private static String normalized(MockHttpServletResponse response) throws Exception {
        return CSRF.matcher(response.getContentAsString()).replaceAll("$1…$3");
    }

    /** Every row of the other member's users and localities, as the database holds them. */
    private Map<String, Object> otherMembersData() {
        Map<String, Object> data = new java.util.TreeMap<>();
        for (String table : List.of("app_user", "locality", "flight", "manifest", "manifest_passenger", "flight_decision", "incident", "arrival_capacity",
                "landing", "person_case", "arrival", "case_event", "case_registration", "case_revision", "duplicate_review", "movement", "screening",
                "screening_mark", "child_protection", "protection_claim", "protection_claim_step", "non_refoulement", "issued_document",
                "document_rule", "signing_key", "consent", "outgoing_share", "incoming_share", "sharing_outbox", "sharing_inbox", "message_log")) {
            data.put(table, Actors.asSystem("isolation check", () -> jdbc.sql("SELECT * FROM " + table + " WHERE member_state = :m ORDER BY 1")
                    .param("m", members.other).query().listOfRows()).stream().map(IsolationMatrix::comparable).toList());
        }
        data.put("member_policy", Actors.asSystem("isolation check", () -> jdbc.sql("SELECT * FROM member_policy WHERE member_state = :m")
                .param("m", members.other).query().listOfRows()));
        return data;
    }

    /** A row whose binary values (ciphertext) compare by content, as every other value does. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.TreeMap<>();
        row.forEach((column, value) -> copy.put(column, value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : value));
        return copy;
    }

    /** Acogida's own routes, as Spring MVC maps them; a mapping without methods is tried with GET and POST. */
    List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.stream()
                .flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.acogida")) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (HttpMethod method : httpMethods) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method, pattern));
                    }
                }
            }
        }
        assertThat(routes).as("routes discovered").hasSizeGreaterThan(10);
        return routes;
    }
}
