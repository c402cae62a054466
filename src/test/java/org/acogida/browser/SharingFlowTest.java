package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.Claims;
import org.acogida.reception.Arrivals;
import org.acogida.support.Axe;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, the issue's flow within one node: a Guatemalan case worker records a person's
 * consent and offers the case to Mexico for placement; Mexico's coordinator sees a profile without
 * names (and not the protection claim behind the mark it carries), accepts, and then sees who the
 * person is. The case worker sees the acceptance on the case. Every page passes axe-core and fits a phone.
 */
@BrowserTest
class SharingFlowTest {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Claims claims;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void aCaseWorkerOffersACaseForPlacementAndTheOtherMembersCoordinatorSeesAProfileThenAcceptsAndSeesThePerson() {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "MEX");
        String lastNames = "Ajpop " + members.canary;
        String account = "Account " + UUID.randomUUID();
        UUID person = Walkers.walkIn(arrivals, members.ownUsers.get(Role.RECEPTION_OFFICER).actor(), lastNames, "Rosa", LocalDate.of(1994, 4, 9),
                "GTM", "R" + members.canary);
        Actor protection = members.ownUsers.get(Role.PROTECTION_OFFICER).actor();
        Actors.as(protection, () -> claims.record(person, new Claims.NewClaim("HND", Set.of(ClaimGround.ORGANISED_CRIME), account, false)));
        String reference;

        try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            office.setDefaultTimeout(15_000);
            Page page = office.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.CASE_WORKER).username());
            page.navigate(url("/reception/cases/" + person + "?lang=es"));
            assertThat(page.locator("#offer-form").innerText()).contains("nunca verá lo que la persona dijo");
            Axe.assertNoSeriousFinding(page);
            page.locator("#sharing-recipient").selectOption("MEX");
            page.locator("#sharing-method").selectOption("VERBAL_WITNESSED");
            page.locator("#sharing-witness").fill("Lic. Ana Pérez, trabajadora social");
            page.locator("#sharing-language").selectOption("es");
            page.locator("#offer-button").click();
            page.waitForURL("**/reception/cases/" + person + "#sharing");
            assertThat(page.locator("#sharing .notice.ok").innerText()).startsWith("Consentimiento registrado y expediente ofrecido");
            assertThat(page.locator("#sharing tbody tr").innerText()).contains("México", "Ofrecido");
            assertThat(page.locator("#sharing li").innerText()).contains("México", "De palabra, ante un testigo", "Español", "ante Lic. Ana Pérez");
            reference = page.locator("#sharing tbody tr td").first().innerText();
            assertThat(reference).matches("SH-[2-9A-Z]{4}-[2-9A-Z]{4}");
            Axe.assertNoSeriousFinding(page);
        }

        try (BrowserContext mexico = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            mexico.setDefaultTimeout(15_000);
            Page page = mexico.newPage();
            Chromium.signIn(page, url(""), members.otherUsers.get(Role.MEMBER_COORDINATOR).username());
            page.navigate(url("/sharing?lang=es"));
            Axe.assertNoSeriousFinding(page);
            page.locator("#incoming a:text-is('" + reference + "')").click();
            page.waitForURL("**/sharing/incoming/*");
            String profile = page.locator("main").innerText();
            assertThat(profile).as("the profile before accepting").contains("Guatemala", "Perfil, sin nombres", "Honduras", "Femenino")
                    .doesNotContain(lastNames).doesNotContain("Rosa").doesNotContain("R" + members.canary).doesNotContain(account);
            Axe.assertNoSeriousFinding(page);
            page.locator("#accept-button").click();
            page.waitForURL("**/sharing/incoming/*");
            assertThat(page.locator(".notice.ok").innerText()).startsWith("Aceptado");
            assertThat(page.locator("#share-status").innerText()).isEqualTo("Aceptado");
            String accepted = page.locator("main").innerText();
            assertThat(accepted).as("what placement allows, once accepted").contains(lastNames, "Rosa", "1994-04-09")
                    .doesNotContain(account);
            Axe.assertNoSeriousFinding(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/sharing-accepted-1280.png")));
        }

        try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            phone.setDefaultTimeout(15_000);
            Page page = phone.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.CASE_WORKER).username());
            page.navigate(url("/reception/cases/" + person + "?lang=es"));
            assertThat(page.locator("#sharing").innerText()).as("the case worker sees the decision").contains("Aceptado");
            for (String path : List.of("/reception/cases/" + person, "/sharing")) {
                page.navigate(url(path + "?lang=ht"));
                Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
                assertThat(fits).as("no sideways scrolling on a phone: %s", path).isEqualTo(true);
            }
            page.navigate(url("/reception/cases/" + person + "?lang=ht"));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/sharing-case-390-ht.png")));
        }
    }

    @Test
    void aTransferAcceptedInTheBrowserOpensTheCaseAtTheOtherMemberAndLeavesARecordOnlyAtHome() {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "MEX");
        String lastNames = "Xiloj " + members.canary;
        UUID person = Walkers.walkIn(arrivals, members.ownUsers.get(Role.RECEPTION_OFFICER).actor(), lastNames, "Juana", LocalDate.of(1989, 11, 2),
                "GTM", null);
        Actors.as(members.ownUsers.get(Role.PROTECTION_OFFICER).actor(), () -> claims.record(person, new Claims.NewClaim("HND",
                Set.of(ClaimGround.ORGANISED_CRIME), "Account " + members.canary, false)));
        String reference;
        try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            office.setDefaultTimeout(15_000);
            Page page = office.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.CASE_WORKER).username());
            page.navigate(url("/reception/cases/" + person + "?lang=es"));
            page.locator("#sharing-purpose").selectOption("TRANSFER");
            page.locator("#sharing-recipient").selectOption("MEX");
            page.locator("#sharing-method").selectOption("SIGNED");
            page.locator("#offer-button").click();
            page.waitForURL("**/reception/cases/" + person + "#sharing");
            assertThat(page.locator("#sharing tbody tr").innerText()).contains("México", "Traslado", "Ofrecido");
            reference = page.locator("#sharing tbody tr td").first().innerText();
            page.locator("#tracing-recipient").selectOption("MEX");
            page.locator("#tracing-relationship").selectOption("SIBLING");
            page.locator("#tracing-last-names").fill("Nadie " + members.canary);
            page.locator("#tracing-first-names").fill("Ninguno");
            page.locator("#tracing-button").click();
            page.waitForURL("**/reception/cases/" + person + "#sharing");
            assertThat(page.locator("#sharing").innerText()).as("the search ran at Mexico and answered").contains("Se busca a Nadie", "No encontrada");
            Axe.assertNoSeriousFinding(page);
        }
        try (BrowserContext mexico = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            mexico.setDefaultTimeout(15_000);
            Page page = mexico.newPage();
            Chromium.signIn(page, url(""), members.otherUsers.get(Role.MEMBER_COORDINATOR).username());
            page.navigate(url("/sharing?lang=es"));
            page.locator("#incoming a:text-is('" + reference + "')").click();
            page.waitForURL("**/sharing/incoming/*");
            assertThat(page.locator("main").innerText()).doesNotContain(lastNames);
            Axe.assertNoSeriousFinding(page);
            page.locator("#arrival-point").selectOption("MX-TIJ");
            page.locator("#accept-button").click();
            page.waitForURL("**/sharing/incoming/*");
            page.locator("#opened-case").click();
            page.waitForURL("**/reception/cases/*");
            assertThat(page.locator("main").innerText()).as("Mexico's own case").contains(lastNames, "MEX-", "Trasladada desde otro miembro");
            assertThat(page.locator("#non-refoulement").innerText()).as("the mark travelled").contains("Honduras");
            Axe.assertNoSeriousFinding(page);
        }
        try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            phone.setDefaultTimeout(15_000);
            Page page = phone.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.CASE_WORKER).username());
            page.navigate(url("/reception/cases/" + person + "?lang=es"));
            assertThat(page.locator("#handed-over").innerText()).contains("solo de lectura", "México", reference);
            assertThat(page.locator("#offer-form").count()).as("nothing more is offered from a record").isZero();
            Axe.assertNoSeriousFinding(page);
            Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("no sideways scrolling on a phone").isEqualTo(true);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
