package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.acogida.demo.DemoData;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo account signs in through the real form in Chromium and sees its member's home page
 * in each of the five languages, at 1280 px and at 390 px wide without sideways scrolling.
 */
@BrowserTest
class DemoAccountsInEveryLanguageTest {

    static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "ht");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static Chromium chromium;
    /** A data directory of this run only: the accounts file must match this run's database. */
    @org.junit.jupiter.api.io.TempDir
    static Path demoData;

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    @BeforeAll
    static void start() throws Exception {
        chromium = new Chromium();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void everyDemoAccountSeesItsHomePageInEveryLanguageOnAPhoneAndADesk() {
        List<DemoData.Account> accounts = demo.generateInto(demoData);
        assertThat(accounts).hasSize(27);
        for (DemoData.Account account : accounts) {
            for (int width : new int[] {1280, 390}) {
                try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                    context.setDefaultTimeout(10_000);
                    Page page = context.newPage();
                    signIn(page, account);
                    for (String language : LANGUAGES) {
                        page.navigate(url("/?lang=" + language));
                        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                        assertThat(page.locator("h1").innerText())
                                .isEqualTo(Messages.get(language, "home.welcome", account.displayName()));
                        String badge = account.member().isEmpty() ? Messages.get(language, "shell.secretariat")
                                : Messages.get(language, "country." + account.member());
                        assertThat(page.locator(".member-badge").innerText()).isEqualTo(badge);
                        assertNoSidewaysScrolling(page, account.username() + " " + language + " " + width);
                        if (account.username().startsWith("gtm.admin") || account.username().startsWith("coalicion")) {
                            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                                    .setPath(SCREENSHOTS.resolve("home-" + account.username() + "-" + language + "-" + width + ".png")));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPageFitsAPhoneAndADesk() {
        List<DemoData.Account> accounts = demo.generateInto(demoData);
        DemoData.Account admin = accounts.stream().filter(a -> a.username().equals("gtm.admin")).findFirst().orElseThrow();
        for (int width : new int[] {1280, 390}) {
            try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                context.setDefaultTimeout(10_000);
                Page page = context.newPage();
                signIn(page, admin);
                for (String path : List.of("/admin/users", "/localities", "/coalition", "/coalition/arrival-points", "/admin/audit", "/account")) {
                    page.navigate(url(path + "?lang=es"));
                    assertThat(page.locator("h1").count()).as(path).isEqualTo(1);
                    assertNoSidewaysScrolling(page, path + " " + width);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SCREENSHOTS.resolve("page" + path.replace('/', '-') + "-" + width + ".png")));
                }
            }
        }
    }

    private void signIn(Page page, DemoData.Account account) {
        page.navigate(url("/login"));
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(account.password());
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));
    }

    private static void assertNoSidewaysScrolling(Page page, String where) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no sideways scrolling: %s", where).isEqualTo(true);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
