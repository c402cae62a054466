package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.flights.AircraftKind;
import org.acogida.flights.FlightNotice;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Policies;
import org.acogida.flights.Protocol;
import org.acogida.flights.manifest.ManifestFiles;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.Motions;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.BrowserTest;
import org.acogida.support.Chromium;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, a coordinator uploads a manifest with errors and reads them, uploads the corrected
 * file, sees the decision and its reasons, overrides it with a justification and downloads the letter.
 */
@BrowserTest
class CoordinatorFlightFlowTest {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    FlightNotices notices;
    @Autowired
    Protocol protocol;
    @Autowired
    Motions motions;
    @Autowired
    Policies policies;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @TempDir
    Path files;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void uploadErrorsThenTheCorrectedFileThenOverrideAndDownloadTheLetter() throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        Actor coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        if (protocol.current().isEmpty()) {
            UUID motion = Actors.as(coordinator, () -> protocol.proposeAmendment("Protocolo v1", ProtocolParameters.proposal(), 1, 50));
            Actors.as(coordinator, () -> motions.vote(motion, VoteChoice.YES));
            Actors.as(coordinator, () -> motions.close(motion));
        }
        Actors.as(coordinator, () -> policies.saveCapacity("GUA", new FlightFacts.ArrivalCapacity(10_000, 50_000, true)));
        String mission = "B" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        // A week ahead of today, so that the notice and the manifest are in time under the protocol whatever day the suite runs.
        Instant received = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Instant arrival = received.plus(Duration.ofDays(7));
        UUID flight = ((FlightNotices.NoticeResult.Registered) Actors.as(coordinator, () -> notices.registerNotice(new FlightNotice(
                "ICE Air Operations", mission, arrival.minus(Duration.ofHours(3)), arrival, "AEX", "GUA", AircraftKind.CHARTER, false, 2,
                received)))).flightId();
        String day = arrival.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        Path broken = files.resolve("manifest-with-errors.csv");
        Files.writeString(broken, ManifestFiles.HEADER + "\n"
                + ManifestFiles.line(1, "García López", "María José", "30/02/1990", "GTM").replace("IAO-TEST-1", mission).replace("2026-12-01", day) + "\n"
                + ManifestFiles.line(2, "Tzul", "Juana", "1988-11-30", "Guatemala").replace("IAO-TEST-1", mission).replace("2026-12-01", day) + "\n");
        Path corrected = files.resolve("manifest.csv");
        Files.writeString(corrected, Files.readString(broken).replace("30/02/1990", "28/02/1990"));

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            Chromium.signIn(page, url(""), members.ownUsers.get(Role.MEMBER_COORDINATOR).username());

            page.navigate(url("/flights/" + flight + "?lang=es"));
            page.locator("#manifest-file").setInputFiles(broken);
            page.locator("#manifest button[type=submit]").click();
            assertThat(page.locator("#manifest-problems tbody tr").count()).isEqualTo(1);
            assertThat(page.locator("#manifest-problems").innerText()).contains("La fecha 30/02/1990 no existe.", "date_of_birth", "DATE_INVALID");

            page.locator("#manifest-file").setInputFiles(corrected);
            page.locator("form[enctype] button[type=submit]").click();
            page.waitForURL("**/flights/" + flight);
            assertThat(page.locator("#manifest .notice.ok").innerText()).contains("Manifiesto importado");
            assertThat(page.locator("#standing-outcome").innerText()).isEqualTo("Aceptar");
            assertThat(page.locator("#rule-results").innerText()).contains("Aeronaves permitidas", "La aeronave (CHARTER) está permitida");

            page.locator("#outcome-REFUSE").check();
            page.locator("#justification").fill("La pista de aterrizaje está cerrada por obras ese día");
            page.locator("#decision-form button[type=submit]").click();
            page.waitForURL("**/flights/" + flight + "#decision");
            assertThat(page.locator("#decision .notice.ok").innerText()).contains("Decisión registrada con su justificación");
            assertThat(page.locator("#standing-outcome").innerText()).isEqualTo("Rechazar");

            Download download = page.waitForDownload(() -> page.locator("#letter-link").click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).isEqualTo("decision-" + mission + ".pdf");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/flight-after-override.png")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
