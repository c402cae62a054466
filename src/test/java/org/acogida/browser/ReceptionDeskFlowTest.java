package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Role;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.NotifiedFlights;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, a reception officer marks a flight landed, checks a passenger in with the keyboard
 * only (typed without accents, Enter to search, Enter to mark present), opens the case, and
 * registers a person arriving overland; every page fits a desk and a phone.
 */
@BrowserTest
class ReceptionDeskFlowTest {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
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
    void landCheckInByKeyboardOpenTheCaseAndRegisterAnOverlandArrival() {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        String canary = members.canary;
        String mission = "K" + canary;
        UUID flight = NotifiedFlights.withManifest(notices, manifests, coordinator, mission,
                Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES),
                List.of(new NotifiedFlights.Line("GARCÍA LÓPEZ", "María José " + canary, "1988-04-02", "G" + canary, "F1", false),
                        new NotifiedFlights.Line("GARCÍA LÓPEZ", "Mateo " + canary, "2012-09-30", "", "F1", false),
                        new NotifiedFlights.Line("Tzul Ajpop", "Ixchel " + canary, "2009-01-15", "", "", true)));

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            signIn(page, members.ownUsers.get(Role.RECEPTION_OFFICER).username());

            page.navigate(url("/reception?point=GUA&lang=es"));
            page.locator("tr:has-text('" + mission + "') button[type=submit]").click();
            page.waitForURL("**/reception?point=GUA");
            assertThat(page.locator(".notice.ok").innerText()).isEqualTo("Vuelo aterrizado: 3 expedientes creados.");
            assertThat(page.locator("tr:has-text('" + mission + "')").innerText()).contains("Aterrizó");

            page.locator("a:has-text('Abrir el registro de llegada')").click();
            page.locator("#q").fill("garcia lopez maria " + canary.toLowerCase());
            page.keyboard().press("Enter");
            page.waitForURL("**/reception/check-in?point=GUA&q=garcia*");
            assertThat(page.locator("table.check-in tbody tr").first().innerText()).contains("GARCÍA LÓPEZ, María José " + canary);
            page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'BUTTON'");
            page.keyboard().press("Enter");
            page.waitForURL("**/reception/check-in?point=GUA&q=");
            assertThat(page.locator(".notice.ok").innerText()).startsWith("GARCÍA LÓPEZ, María José " + canary).endsWith(": Presente.");
            assertThat(page.locator("#q").evaluate("e => e === document.activeElement")).as("back in the search box").isEqualTo(true);

            page.locator("#q").fill("Tzul Ixchel " + canary);
            page.keyboard().press("Enter");
            page.waitForURL("**/reception/check-in?point=GUA&q=Tzul*");
            page.locator("table.check-in tbody tr").first().locator("a").first().click();
            assertThat(page.locator("main").innerText()).contains("Menor no acompañado", "Llegó en el vuelo " + mission);

            page.navigate(url("/reception/arrivals/new?point=GT-TUM&lang=es"));
            page.locator("#lastNames").fill("Xocop " + canary);
            page.locator("#firstNames").fill("Ana Lucía");
            page.locator("#sex").selectOption("F");
            page.locator("#nationality").fill("Atlántida");
            page.locator("form.panel button[type=submit]").click();
            assertThat(page.locator(".field-error").innerText()).contains("País no reconocido");
            page.locator("#nationality").fill("Guatemala");
            page.locator("form.panel button[type=submit]").click();
            page.waitForURL("**/reception/cases/**?registered");
            assertThat(page.locator(".notice.ok").innerText()).contains("Llegada registrada");
            assertThat(page.locator("main").innerText()).contains("Por un paso fronterizo terrestre", "Guatemala");
        }

        try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            phone.setDefaultTimeout(15_000);
            Page page = phone.newPage();
            signIn(page, members.ownUsers.get(Role.RECEPTION_OFFICER).username());
            for (String path : List.of("/reception?point=GUA", "/reception/check-in?point=GUA", "/reception/check-in?point=GUA&q=garcia",
                    "/reception/arrivals/new?point=GUA")) {
                page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=es"));
                assertThat(page.locator("h1").count()).as(path).isEqualTo(1);
                Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
                assertThat(fits).as("no sideways scrolling on a phone: %s", path).isEqualTo(true);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target/screenshots/reception" + path.replaceAll("[/?=&]", "-") + "-390.png")));
            }
        }
        assertThat(flight).isNotNull();
    }

    private void signIn(Page page, String username) {
        Chromium.signIn(page, url(""), username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
