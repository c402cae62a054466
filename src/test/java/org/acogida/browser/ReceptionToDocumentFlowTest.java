package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.documents.verify.VerifyDocumentCli;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Manifests;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.NotifiedFlights;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, the issue's flow end to end: a reception officer checks in a landed flight's
 * passengers, registers one from a passport's machine-readable zone, screens a family travelling
 * with an unaccompanied child and starts the child's protection; a protection officer records a
 * fear-of-return claim; the officer issues a humanitarian pass, and its QR code verifies with the
 * checkpoint's command after it downloads the trust list. The case page fits a phone.
 */
@BrowserTest
class ReceptionToDocumentFlowTest {

    static final String PASSPORT_ZONE = """
            P<GTMERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36GTM7408122F1204159ZE184226B<<<<<10""";

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    FlightNotices notices;
    @Autowired
    Manifests manifests;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @TempDir
    Path checkpoint;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void checkInRegisterFromAPassportScreenAFamilyRecordAClaimIssueAPassAndVerifyItOffline() throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        String canary = members.canary;
        String mission = "E" + canary;
        NotifiedFlights.withManifest(notices, manifests, coordinator, mission,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES),
                List.of(new NotifiedFlights.Line("Pop Caal", "Juana " + canary, "1990-06-01", "", "F7", false),
                        new NotifiedFlights.Line("Pop Caal", "Brayan " + canary, "2016-02-11", "", "F7", false),
                        new NotifiedFlights.Line("Xitumul", "Kevin " + canary, "2011-07-02", "", "", true),
                        new NotifiedFlights.Line("Sin Papeles", "Persona " + canary, "1985-03-03", "", "", false)));
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        UUID visitor = Walkers.walkIn(arrivals, officer, "Joseph " + canary, "Wideline", LocalDate.of(1993, 6, 21), "HTI", null);

        try (BrowserContext desk = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            desk.setDefaultTimeout(15_000);
            Page page = desk.newPage();
            signIn(page, members.ownUsers.get(Role.RECEPTION_OFFICER).username());

            page.navigate(url("/reception?point=GUA&lang=es"));
            page.locator("tr:has-text('" + mission + "') button[type=submit]").click();
            assertThat(page.locator(".notice.ok").innerText()).isEqualTo("Vuelo aterrizado: 4 expedientes creados.");
            page.navigate(url("/reception/check-in?point=GUA&lang=es"));
            for (String typed : List.of("pop juana " + canary, "caal brayan " + canary, "xitumul kevin " + canary, "papeles " + canary)) {
                page.locator("#q").fill(typed);
                page.keyboard().press("Enter");
                page.waitForURL("**/reception/check-in?point=GUA&q=*" + canary.substring(6) + "*");
                // Enter marks the person whose button the page focused: wait until the browser has given it the focus.
                page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'BUTTON'");
                page.keyboard().press("Enter");
                page.waitForURL("**/reception/check-in?point=GUA&q=");
                assertThat(page.locator(".notice.ok").innerText()).endsWith(": Presente.");
            }

            openCase(page, "papeles " + canary);
            page.locator("#register-link").click();
            page.locator("#mrz").fill(PASSPORT_ZONE.replace("L898902C36", "L898902C46"));
            page.locator("#read-mrz").click();
            assertThat(page.locator("#mrz-form .field-error").allInnerTexts()).anyMatch(e -> e.contains("Número de documento")
                    && e.contains("es 6, pero debería ser 7"));
            page.locator("#mrz").fill(PASSPORT_ZONE);
            page.locator("#read-mrz").click();
            assertThat(page.locator("#zone-read").innerText()).contains("TD3");
            assertThat(page.locator("#lastNames").inputValue()).isEqualTo("ERIKSSON");
            assertThat(page.locator("#dateOfBirth").inputValue()).isEqualTo("1974-08-12");
            assertThat(page.locator("#documentNumber").inputValue()).isEqualTo("L898902C3");
            page.locator("#phone").fill("+502 5555 0101");
            page.locator("#preferredLanguage").selectOption("es");
            page.locator("#occupation").selectOption("71");
            page.locator("#save-registration").click();
            page.waitForURL("**/reception/cases/*");
            assertThat(page.locator("main").innerText()).contains("ERIKSSON", "Verificado por la zona de lectura mecánica", "+502 5555 0101");

            openCase(page, "xitumul kevin " + canary);
            page.locator("#screen-link").click();
            page.locator("#code-SC-UC").check();
            page.locator("#code-HEALTH-INJURY").check();
            page.locator("#save-screening").click();
            page.waitForURL("**/reception/cases/*");
            assertThat(page.locator(".notice.ok").innerText()).contains("Menor no acompañado");
            assertThat(page.locator("#tasks").innerText()).contains("notificar a la autoridad de protección de la niñez");
            page.locator("#child-authority").fill("PGN, Procuraduría de la Niñez, Lic. Ramírez");
            page.locator("#child-notify").click();
            assertThat(page.locator("#child").innerText()).contains("Notificado a PGN");
            assertThat(page.locator("#tasks").innerText()).contains("evaluar su interés superior");

            openCase(page, "pop juana " + canary);
            page.locator("#screen-link").click();
            page.locator("#code-SP-PT").check();
            page.locator("#save-screening").click();
            page.waitForURL("**/reception/cases/*");
            assertThat(page.locator("#screening").innerText()).contains("SP-PT");
            assertThat(page.locator("main").innerText()).contains("Brayan " + canary);
        }

        try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            office.setDefaultTimeout(15_000);
            Page page = office.newPage();
            signIn(page, members.ownUsers.get(Role.PROTECTION_OFFICER).username());
            page.navigate(url("/protection/cases/" + visitor + "/claims/new?lang=es"));
            page.locator("#fearedCountry").fill("Haití");
            page.locator("#account").fill("La pandilla 400 Mawozo quemó su casa en Croix-des-Bouquets.");
            page.locator("#save-claim").click();
            assertThat(page.locator("#claim-refused").innerText()).isEqualTo("Marque al menos un motivo.");
            assertThat(page.locator("#account").inputValue()).as("the account typed is kept").contains("400 Mawozo");
            page.locator("#ground-GENERALISED_VIOLENCE").check();
            page.locator("#save-claim").click();
            page.waitForURL("**/reception/cases/" + visitor + "#claims");
            assertThat(page.locator("#claim-recorded").innerText()).contains("1 expediente(s) marcado(s)");
            assertThat(page.locator("#claims").innerText()).contains("Teme volver a Haití", "400 Mawozo");
            assertThat(page.locator("#non-refoulement").innerText()).contains("Haití");
        }

        try (BrowserContext desk = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            desk.setDefaultTimeout(15_000);
            Page page = desk.newPage();
            signIn(page, members.ownUsers.get(Role.RECEPTION_OFFICER).username());
            page.navigate(url("/reception/cases/" + visitor + "?lang=es"));
            assertThat(page.locator("main").innerText()).as("the desk sees where the person must not go, not why").contains("Haití")
                    .doesNotContain("400 Mawozo");
            page.locator("#document-kind").selectOption("HUMANITARIAN_PASS");
            page.locator("#document-language").selectOption("ht");
            page.locator("#issue-document-button").click();
            page.waitForURL("**/reception/cases/" + visitor + "#documents");
            assertThat(page.locator("#documents").innerText()).contains("Salvoconducto humanitario", "Vigente");
            String qrAddress = page.locator("#documents img.qr").first().getAttribute("src");
            APIResponse qr = page.request().get(url(qrAddress));
            assertThat(qr.status()).isEqualTo(200);
            Path image = checkpoint.resolve("pass-qr.png");
            Files.write(image, qr.body());
            APIResponse printed = page.request().get(url(page.locator("#documents a.document-pdf").first().getAttribute("href")));
            assertThat(new String(printed.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            Path trustList = checkpoint.resolve("trust-list.json");
            assertThat(checkpointSays(List.of("--update", "--from", url(""), "--trust-list", trustList.toString()))).startsWith("0|");
            assertThat(checkpointSays(List.of("--trust-list", trustList.toString(), image.toString()))).startsWith("0|").contains("VALID")
                    .contains("Joseph " + canary);

            page.navigate(url("/reception/cases/" + visitor + "?lang=es"));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/case-with-claim-and-pass-1280.png")));
        }

        try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            phone.setDefaultTimeout(15_000);
            Page page = phone.newPage();
            signIn(page, members.ownUsers.get(Role.PROTECTION_OFFICER).username());
            for (String path : List.of("/reception/cases/" + visitor, "/protection/cases/" + visitor + "/screening",
                    "/reception/cases/" + visitor + "/registration", "/protection/cases/" + visitor + "/claims/new", "/reception/duplicates",
                    "/documents/expiring")) {
                page.navigate(url(path + "?lang=es"));
                assertThat(page.locator("h1").count()).as(path).isEqualTo(1);
                Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
                assertThat(fits).as("no sideways scrolling on a phone: %s", path).isEqualTo(true);
            }
            page.navigate(url("/reception/cases/" + visitor + "?lang=ht"));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/case-with-claim-and-pass-390-ht.png")));
        }
    }

    private void openCase(Page page, String typed) {
        page.navigate(url("/reception/check-in?point=GUA&lang=es&q=" + typed.replace(" ", "+")));
        page.locator("table.check-in tbody tr").first().locator("a").first().click();
        page.waitForURL("**/reception/cases/*");
    }

    /** The checkpoint's command, as ./acogida verify-document runs it: its exit code, a bar, and what it printed. */
    private static String checkpointSays(List<String> arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyDocumentCli.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8), LocalDate.now());
        return code + "|" + out.toString(StandardCharsets.UTF_8);
    }

    private void signIn(Page page, String username) {
        Chromium.signIn(page, url(""), username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
