package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.WalkIn;
import org.acogida.support.Axe;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: Argentina's coordinator sees the month's return as it will leave, with the one man's
 * count hidden, and sends it; the coalition's analyst sees it among the members' returns, as a
 * chart and as a table. Both pages pass axe-core and fit a phone.
 */
@BrowserTest
class MonthlyReturnsPagesTest {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Arrivals arrivals;
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
    void aCoordinatorSendsTheReturnAndTheAnalystSeesItWithItsSmallCountsHidden() {
        TwoMembers members = TwoMembers.create(countries, localities, users, "ARG", "CHL");
        for (int i = 0; i < 7; i++) {
            String sex = i < 6 ? "F" : "M";
            String lastNames = "Mamani " + members.canary + " " + i;
            Actors.as(members.ownUsers.get(Role.RECEPTION_OFFICER).actor(), () -> arrivals.registerWalkIn(new WalkIn("EZE", ArrivalKind.WALK_IN,
                    lastNames, "Lucía", LocalDate.of(1988, 5, 5), sex, "VEN", "", "", false)));
        }
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            office.setDefaultTimeout(15_000);
            Page page = office.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.MEMBER_COORDINATOR).username());
            page.navigate(url("/reporting?lang=es&period=" + month));
            assertThat(page.locator("#return").innerText()).contains("Llegadas por tierra o al centro", "menos de 5");
            Axe.assertNoSeriousFinding(page);
            page.locator("#send-return").click();
            page.waitForURL("**/reporting?period=" + month);
            assertThat(page.locator(".notice.ok").innerText()).isEqualTo("Informe enviado a la secretaría.");
            assertThat(page.locator("#sent").innerText()).contains(month);
        }
        try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            phone.setDefaultTimeout(15_000);
            Page page = phone.newPage();
            Chromium.signIn(page, url(""), members.analyst.username());
            page.navigate(url("/returns?lang=en&period=" + month));
            // No other test registers anyone in Argentina: its row is these seven people (six women, one man hidden).
            assertThat(page.locator("#return-ARG").innerText()).contains("Argentina", "7");
            assertThat(page.locator("svg.bars").getAttribute("viewBox")).startsWith("0 0 500 ");
            assertThat(page.locator("svg.bars").getAttribute("aria-label")).contains(month);
            assertThat(page.locator("main").innerText()).doesNotContain(members.canary).doesNotContain("Mamani");
            Axe.assertNoSeriousFinding(page);
            Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("no sideways scrolling on a phone").isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/returns-390-en.png")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
