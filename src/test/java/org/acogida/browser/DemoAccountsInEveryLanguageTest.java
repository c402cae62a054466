package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.acogida.demo.DemoData;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo account signs in through the real form in Chromium and sees its member's home page
 * in each of the five languages, at 1280 px and at 390 px wide without sideways scrolling.
 */
@BrowserTest
class DemoAccountsInEveryLanguageTest {

    static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "ht");
    static final int[] WIDTHS = {1280, 390};
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Accounts are shared out among this many browsers, one thread each: a Playwright belongs to the thread that made it. */
    static final int BROWSERS = 2;

    /** A data directory of this run only: the accounts file must match this run's database. */
    @TempDir
    static Path demoData;
    /** Generated once for both tests: a second generation only finds every record there (DemoDataTest proves it). */
    static List<DemoData.Account> accounts;

    @LocalServerPort
    int port;

    @BeforeAll
    static void generate(@Autowired DemoData demo) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        accounts = demo.generateInto(demoData);
    }

    /**
     * Each account signs in once; the signed-in browser then opens the home page at each width
     * (the viewport set before the page loads, as on a phone or a desk) in each language, switched
     * with the app's own {@code ?lang=}.
     */
    @Test
    void everyDemoAccountSeesItsHomePageInEveryLanguageOnAPhoneAndADesk() throws Exception {
        assertThat(accounts).hasSize(27);
        inParallelBrowsers(accounts, (browser, account) -> {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTHS[0], 900))) {
                context.setDefaultTimeout(10_000);
                Page page = context.newPage();
                signIn(page, account);
                for (int width : WIDTHS) {
                    page.setViewportSize(width, 900);
                    for (String language : LANGUAGES) {
                        page.navigate(url("/?lang=" + language));
                        String where = account.username() + " " + language + " " + width;
                        Shown shown = Shown.on(page);
                        assertThat(shown.language()).as(where).isEqualTo(language);
                        assertThat(shown.headings()).as("the one h1: %s", where)
                                .containsExactly(Messages.get(language, "home.welcome", account.displayName()));
                        String badge = account.member().isEmpty() ? Messages.get(language, "shell.secretariat")
                                : Messages.get(language, "country." + account.member());
                        assertThat(shown.badges()).as("the one member badge: %s", where).containsExactly(badge);
                        assertThat(shown.fits()).as("no sideways scrolling: %s", where).isTrue();
                        if (account.username().startsWith("gtm.admin") || account.username().startsWith("coalicion")) {
                            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                                    .setPath(SCREENSHOTS.resolve("home-" + account.username() + "-" + language + "-" + width + ".png")));
                        }
                    }
                }
            }
        });
    }

    @Test
    void everyPageFitsAPhoneAndADesk() {
        DemoData.Account admin = accounts.stream().filter(a -> a.username().equals("gtm.admin")).findFirst().orElseThrow();
        try (Chromium chromium = new Chromium();
             BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTHS[0], 900))) {
            context.setDefaultTimeout(10_000);
            Page page = context.newPage();
            signIn(page, admin);
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
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

    /**
     * Every page each of Guatemala's roles and the coalition's analyst reaches from the menu passes
     * axe-core with no critical or serious finding, at a desk's width and a phone's.
     */
    @Test
    void everyPageOfTheMenuPassesAxeCoreForEveryRole() {
        List<String> usernames = List.of("gtm.recepcion", "gtm.casos", "gtm.proteccion", "gtm.coordinacion", "gtm.admin", "coalicion.analisis");
        List<String> findings = new ArrayList<>();
        int pages = 0;
        try (Chromium chromium = new Chromium()) {
            for (String username : usernames) {
                DemoData.Account account = accounts.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
                try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTHS[0], 900))) {
                    context.setDefaultTimeout(10_000);
                    Page page = context.newPage();
                    signIn(page, account);
                    page.navigate(url("/?lang=es"));
                    List<String> menu = page.locator(".nav a").all().stream().map(a -> a.getAttribute("href")).distinct().toList();
                    for (int width : WIDTHS) {
                        page.setViewportSize(width, 900);
                        for (String path : menu) {
                            page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=es"));
                            pages++;
                            try {
                                org.acogida.support.Axe.assertNoSeriousFinding(page);
                            } catch (AssertionError e) {
                                findings.add(username + " " + width + " " + path + ": " + e.getMessage().replaceAll("\\s+", " "));
                            }
                        }
                    }
                }
            }
        }
        assertThat(pages).as("pages checked").isGreaterThan(30);
        assertThat(findings).as("axe-core findings, critical or serious").isEmpty();
    }

    /**
     * What the home page shows, read in one call to the browser rather than one per element. The
     * lists hold every match, so that "exactly one h1" is checked as a strict locator would.
     */
    record Shown(String language, List<String> headings, List<String> badges, boolean fits) {

        @SuppressWarnings("unchecked")
        static Shown on(Page page) {
            Map<String, Object> read = (Map<String, Object>) page.evaluate("""
                    () => ({
                        language: document.documentElement.getAttribute('lang'),
                        headings: Array.from(document.querySelectorAll('h1'), element => element.innerText),
                        badges: Array.from(document.querySelectorAll('.member-badge'), element => element.innerText),
                        fits: document.documentElement.scrollWidth <= window.innerWidth
                    })""");
            return new Shown((String) read.get("language"), (List<String>) read.get("headings"), (List<String>) read.get("badges"),
                    (Boolean) read.get("fits"));
        }
    }

    /**
     * Runs the check for every item, shared out among {@link #BROWSERS} Chromiums of their own;
     * the first failure stops the others taking more and is rethrown as it was raised.
     */
    private static <T> void inParallelBrowsers(List<T> items, BiConsumer<Browser, T> check) throws Exception {
        Queue<T> queue = new ConcurrentLinkedQueue<>(items);
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<Void>> browsers = new ArrayList<>();
            for (int i = 0; i < BROWSERS; i++) {
                browsers.add(pool.submit(() -> {
                    try (Chromium chromium = new Chromium()) {
                        for (T item = queue.poll(); item != null; item = queue.poll()) {
                            check.accept(chromium.browser, item);
                        }
                    } catch (RuntimeException | Error e) {
                        queue.clear();
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<Void> browser : browsers) {
                try {
                    browser.get();
                } catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case Error error -> throw error;
                        case RuntimeException exception -> throw exception;
                        default -> throw e;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
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
