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

    TwoMembers members;

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
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
            assertThat(RecordFixtures.BY_PATH_VARIABLE).as("an isolation fixture for {%s} in %s (add it to RecordFixtures)", variable, route.key())
                    .containsKey(variable);
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

    private void checkLeaksNothing(Route route) throws Exception {
        for (SignedInUser outsider : members.outsiders()) {
            MockHttpServletResponse response = perform(route, route.pattern(), outsider);
            String body = response.getContentAsString();
            assertThat(body).as("%s as %s shows nothing of the other member", route.key(), outsider.role())
                    .doesNotContain("Other " + members.canary)
                    .doesNotContain(members.otherLocality.id().toString());
            for (SignedInUser other : members.otherUsers.values()) {
                assertThat(body).as("%s as %s", route.key(), outsider.role())
                        .doesNotContain(other.username()).doesNotContain(other.id().toString());
            }
        }
    }

    private MockHttpServletResponse perform(Route route, String path, SignedInUser user) throws Exception {
        var request = request(route.method(), path).with(authentication(TwoMembers.authentication(user))).with(csrf());
        if (route.method() != HttpMethod.GET) {
            assertThat(RecordFixtures.FORMS).as("a form for %s in RecordFixtures", route.key()).containsKey(route.key());
            request = request.params(RecordFixtures.form(route.key(), members));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String expand(Route route, boolean foreign) {
        String path = route.pattern();
        for (String variable : route.variables()) {
            UUID id = foreign ? RecordFixtures.BY_PATH_VARIABLE.get(variable).foreignId().apply(members) : UUID.randomUUID();
            path = path.replace("{" + variable + "}", id.toString());
        }
        return path;
    }

    private static String normalized(MockHttpServletResponse response) throws Exception {
        return CSRF.matcher(response.getContentAsString()).replaceAll("$1…$3");
    }

    /** Every row of the other member's users and localities, as the database holds them. */
    private Map<String, Object> otherMembersData() {
        return Actors.asSystem("isolation check", () -> Map.of(
                "app_user", jdbc.sql("SELECT * FROM app_user WHERE member_state = :m ORDER BY id").param("m", members.other).query().listOfRows(),
                "locality", jdbc.sql("SELECT * FROM locality WHERE member_state = :m ORDER BY id").param("m", members.other).query().listOfRows()));
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
