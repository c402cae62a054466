package org.acogida.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.documents.DocumentKind;
import org.acogida.documents.Documents;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.PostgresDatabase;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A canary written into a protection claim, its account and a referral note, must never be seen by
 * anyone but the member's protection officers: not in any page, list, search result, export or
 * document of every other role and of the other member; not in a log line; not in the audit
 * trail; not in a dump of the database. The protection officer's own page shows it, so the test
 * would see a leak.
 */
@PostgresTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ProtectionCanaryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    Claims claims;
    @Autowired
    Documents documents;
    @Autowired
    Arrivals arrivals;
    @Autowired
    org.acogida.reception.CheckInDesk desk;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.acogida.sharing.Sharing sharing;

    @Test
    void theCanaryInAClaimReachesProtectionOfficersAndNoOneElseNorLogsNorAuditNorADump(CapturedOutput output) throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "MEX");
        String canary = "CANARY-" + UUID.randomUUID();
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        Actor protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        String lastNames = "Plain " + members.canary;
        UUID person = Walkers.walkIn(arrivals, officer, lastNames, "Kevin", LocalDate.of(1999, 2, 17), "HND", "C" + members.canary);
        UUID document = ((Documents.Outcome.Done) Actors.as(officer, () -> documents.issue(person, DocumentKind.HUMANITARIAN_PASS, "es")))
                .document().id();
        Claims.Recorded.Done claim = (Claims.Recorded.Done) Actors.as(protection, () -> claims.record(person, new Claims.NewClaim("HND",
                Set.of(ClaimGround.ORGANISED_CRIME), "La pandilla lo amenazó: " + canary, false)));
        Actors.as(protection, () -> claims.advance(claim.claimId(), 0, ClaimStatus.REFERRED, "Remitido a la autoridad, expediente " + canary));

        UUID share = sharedForPlacementAndAccepted(members, person);

        Map<String, String> ids = Map.of("caseId", person.toString(), "documentId", document.toString(), "claimId", claim.claimId().toString(),
                "userId", members.ownUsers.get(Role.CASE_WORKER).id().toString(), "localityId", members.ownLocality.id().toString(),
                "shareId", share.toString());
        List<String> paths = pathsOfEveryPage(ids);
        paths.add("/reception/check-in?point=" + Walkers.POINT + "&q=" + lastNames);
        assertThat(paths).contains("/reception/cases/" + person, "/documents/" + document + "/pdf", "/reception/duplicates", "/documents/expiring",
                "/sharing/incoming/" + share);
        assertThat(body("/sharing/incoming/" + share, members.otherUsers.get(Role.MEMBER_COORDINATOR)))
                .as("the other member's coordinator reads who the person is, once accepted").contains(lastNames);

        assertThat(body("/reception/cases/" + person, members.ownUsers.get(Role.PROTECTION_OFFICER))).as("the protection officer reads the claim")
                .contains(canary);
        List<SignedInUser> others = new ArrayList<>();
        members.ownUsers.forEach((role, user) -> {
            if (role != Role.PROTECTION_OFFICER) {
                others.add(user);
            }
        });
        others.addAll(members.otherUsers.values());
        others.add(members.analyst);
        int pagesSeen = 0;
        for (SignedInUser user : others) {
            for (String path : paths) {
                var response = mvc.perform(get(path).with(authentication(TwoMembers.authentication(user)))).andReturn().getResponse();
                String text = new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1) + response.getContentAsString();
                assertThat(text).as("%s as %s %s", path, user.role(), user.memberState()).doesNotContain(canary);
                pagesSeen += response.getStatus() == 200 ? 1 : 0;
            }
        }
        assertThat(pagesSeen).as("pages shown to the other roles").isGreaterThan(50);
        assertThat(body("/reception/cases/" + person, members.ownUsers.get(Role.RECEPTION_OFFICER)))
                .as("the reception officer sees the mark, not the claim").contains(lastNames).contains("Honduras");

        for (SignedInUser user : others) {
            if (user.memberState() != null && user.role() != Role.ADMINISTRATOR) {
                assertThat(Actors.as(user.actor(), () -> desk.search(Walkers.POINT, canary))).as("searching the claim's words finds no one").isEmpty();
            }
        }
        assertThat(output.getAll()).as("log lines").doesNotContain(canary);
        String audit = Actors.asSystem("test", () -> jdbc.sql("SELECT * FROM audit_entry").query().listOfRows()).toString();
        assertThat(audit).contains(person.toString()).doesNotContain(canary);
        String dump = pgDump();
        assertThat(dump).as("the dump holds the case itself").contains(lastNames);
        assertThat(dump).as("but not the claim").doesNotContain(canary);
    }

    /**
     * The person is offered for placement to the other member, whose coordinator accepts: what
     * placement reveals crosses, and the claim must not be part of it.
     */
    private UUID sharedForPlacementAndAccepted(TwoMembers members, UUID person) {
        var offered = (org.acogida.sharing.Sharing.Offered.Done) Actors.as(members.ownUsers.get(Role.CASE_WORKER).actor(), () -> sharing.offer(person,
                new org.acogida.sharing.Sharing.NewOffer(org.acogida.sharing.Purpose.PLACEMENT, members.other, org.acogida.sharing.ConsentMethod.SIGNED,
                        "es", null)));
        Actor coordinator = members.otherUsers.get(Role.MEMBER_COORDINATOR).actor();
        int version = Actors.as(coordinator, () -> sharing.incoming(offered.share().id())).version();
        assertThat(Actors.as(coordinator, () -> sharing.accept(offered.share().id(), version))).isInstanceOf(org.acogida.sharing.Sharing.Decided.Done.class);
        return offered.share().id();
    }

    private String body(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(authentication(TwoMembers.authentication(user)))).andReturn().getResponse().getContentAsString();
    }

    /** Every GET route of Acogida whose path variables are known here, with those ids filled in. */
    private List<String> pathsOfEveryPage(Map<String, String> ids) {
        Set<String> paths = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.stream().flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern;
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    path = path.replace("{" + id.getKey() + "}", id.getValue());
                }
                if (!path.contains("{") && !path.startsWith("/error") && !path.startsWith("/v3") && !path.equals("/logout")) {
                    paths.add(path);
                }
            }
        }
        return new ArrayList<>(paths);
    }

    /** The whole test database as pg_dump writes it, schema and data. */
    private static String pgDump() throws IOException, InterruptedException {
        String url = PostgresDatabase.jdbcUrl();
        String database = url.substring(url.lastIndexOf('/') + 1);
        String hostPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "-h", hostPort.split(":")[0], "-p", hostPort.split(":")[1], "-U",
                PostgresDatabase.adminUser(), database).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PostgresDatabase.adminPassword());
        Process dump = builder.start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dump.exitValue()).as("pg_dump: " + text.substring(0, Math.min(500, text.length()))).isZero();
        return text;
    }
}
