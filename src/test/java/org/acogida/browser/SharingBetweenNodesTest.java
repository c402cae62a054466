package org.acogida.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.federation.Federation;
import org.acogida.federation.broker.BrokerLayout;
import org.acogida.federation.broker.BrokerSetup;
import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.Axe;
import org.acogida.support.Chromium;
import org.acogida.support.MemberNode;
import org.acogida.support.NatsServerProcess;
import org.acogida.support.RequiresChromium;
import org.acogida.support.RequiresNatsServer;
import org.acogida.support.RequiresPostgres;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * In Chromium, the flow between two nodes: Guatemala's case worker, on Guatemala's node,
 * records consent and offers a case to Mexico; Mexico's coordinator, on Mexico's node, sees only the
 * profile, accepts, and then sees the person; back on Guatemala's node the case shows the
 * acceptance. The letters went through a NATS server, sealed.
 */
@Tag("postgres")
@ExtendWith({RequiresPostgres.class, RequiresNatsServer.class, RequiresChromium.class})
class SharingBetweenNodesTest {

    @TempDir
    Path directory;

    @Test
    void aCaseOfferedOnGuatemalasNodeIsAcceptedOnMexicosNode() throws Exception {
        try (NatsServerProcess nats = NatsServerProcess.start(new BrokerLayout(List.of("GTM", "MEX")));
             Chromium chromium = new Chromium()) {
            new BrokerSetup(nats.layout()).apply(nats.url(), nats.operatorPassword());
            Path trustList = directory.resolve("trust-list.json");
            try (MemberNode guatemala = node("web-gtm", "GTM", nats, trustList); MemberNode mexico = node("web-mex", "MEX", nats, trustList)) {
                Files.writeString(trustList, JsonMapper.builder().build().writeValueAsString(new TrustedKeys.TrustListFile(List.of(
                        guatemala.bean(Federation.class).publicKeysOf("GTM"), mexico.bean(Federation.class).publicKeysOf("MEX")))));
                TwoMembers gtm = TwoMembers.create(guatemala.bean(Countries.class), guatemala.bean(Localities.class), guatemala.bean(Users.class),
                        "GTM", "MEX");
                TwoMembers mex = TwoMembers.create(mexico.bean(Countries.class), mexico.bean(Localities.class), mexico.bean(Users.class),
                        "MEX", "GTM");
                String lastNames = "Tzul " + gtm.canary;
                UUID person = Walkers.walkIn(guatemala.bean(Arrivals.class), gtm.ownUsers.get(Role.RECEPTION_OFFICER).actor(), lastNames, "Marta",
                        LocalDate.of(1989, 11, 2), "GTM", null);
                String reference;

                try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                    office.setDefaultTimeout(20_000);
                    Page page = office.newPage();
                    Chromium.signIn(page, guatemala.url(), gtm.ownUsers.get(Role.CASE_WORKER).username());
                    page.navigate(guatemala.url() + "/reception/cases/" + person + "?lang=es");
                    page.locator("#sharing-recipient").selectOption("MEX");
                    page.locator("#sharing-method").selectOption("SIGNED");
                    page.locator("#sharing-language").selectOption("es");
                    page.locator("#offer-button").click();
                    page.waitForURL("**/reception/cases/" + person + "#sharing");
                    assertThat(page.locator("#sharing tbody tr").innerText()).contains("México", "Ofrecido");
                    reference = page.locator("#sharing tbody tr td").first().innerText();
                }

                try (BrowserContext other = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                    other.setDefaultTimeout(20_000);
                    Page page = other.newPage();
                    Chromium.signIn(page, mexico.url(), mex.ownUsers.get(Role.MEMBER_COORDINATOR).username());
                    page.navigate(mexico.url() + "/sharing?lang=es");
                    // The letter crossed the broker: wait for the row, reloading as a coordinator would.
                    page.waitForFunction("ref => { if (!document.body.innerText.includes(ref)) { location.reload(); return false; } return true; }",
                            reference, new Page.WaitForFunctionOptions().setPollingInterval(500));
                    page.locator("#incoming a:text-is('" + reference + "')").click();
                    page.waitForURL("**/sharing/incoming/*");
                    assertThat(page.locator("main").innerText()).contains("Guatemala", "Perfil, sin nombres").doesNotContain(lastNames);
                    Axe.assertNoSeriousFinding(page);
                    page.locator("#accept-button").click();
                    page.waitForURL("**/sharing/incoming/*");
                    page.waitForFunction("name => { if (!document.body.innerText.includes(name)) { location.reload(); return false; } return true; }",
                            lastNames, new Page.WaitForFunctionOptions().setPollingInterval(500));
                    assertThat(page.locator("#disclosure").innerText()).contains(lastNames, "Marta", "1989-11-02");
                }

                try (BrowserContext office = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
                    office.setDefaultTimeout(20_000);
                    Page page = office.newPage();
                    Chromium.signIn(page, guatemala.url(), gtm.ownUsers.get(Role.CASE_WORKER).username());
                    page.navigate(guatemala.url() + "/reception/cases/" + person + "?lang=es");
                    page.waitForFunction("() => { if (!document.querySelector('#sharing').innerText.includes('Aceptado')) { location.reload(); "
                            + "return false; } return true; }", null, new Page.WaitForFunctionOptions().setPollingInterval(500));
                    assertThat(page.locator("#sharing").innerText()).contains("Aceptado");
                }
            }
        }
    }

    private MemberNode node(String name, String member, NatsServerProcess nats, Path trustList) {
        return MemberNode.start(MemberNode.Setup.of(name, List.of(member), nats, directory, trustList));
    }
}
