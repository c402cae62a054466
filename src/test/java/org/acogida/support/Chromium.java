package org.acogida.support;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium driven by Playwright, headless, with the flags this sandboxed, offline machine needs. */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    public final Browser browser;

    public Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(RequiresChromium.CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** Signs in on the page of an Acogida served at {@code base} (http://localhost:port) as a user of {@link TwoMembers}. */
    public static void signIn(com.microsoft.playwright.Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(TwoMembers.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(base + "/");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
