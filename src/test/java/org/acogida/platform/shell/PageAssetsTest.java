package org.acogida.platform.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Role;
import org.acogida.support.H2Test;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Everything a page links to on its own server (styles, scripts, icons, images) is served to the
 * user who sees the page, signed in or not: a page whose icon answers 403 on every load fills the
 * log and the browser's console with refusals.
 */
@H2Test
class PageAssetsTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"#?]*\\.(?:css|js|svg|png|ico|jpg|woff2?))[^\"]*\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;

    @Test
    void whatThePagesLinkToIsServedToThoseWhoSeeThem() throws Exception {
        TwoMembers members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        SignedInUser worker = members.ownUsers.get(Role.CASE_WORKER);
        Set<String> linked = new TreeSet<>();
        for (String page : new String[] {"/", "/sharing", "/coalition"}) {
            String html = mvc.perform(get(page).with(authentication(TwoMembers.authentication(worker)))).andReturn().getResponse().getContentAsString();
            Matcher matcher = LINKED.matcher(html);
            while (matcher.find()) {
                linked.add(matcher.group(1));
            }
        }
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher matcher = LINKED.matcher(login);
        while (matcher.find()) {
            linked.add(matcher.group(1));
        }
        assertThat(linked).as("the pages link to their style sheet and icon").anyMatch(l -> l.endsWith(".css")).anyMatch(l -> l.contains("favicon"));
        for (String asset : linked) {
            assertThat(mvc.perform(get(asset).with(authentication(TwoMembers.authentication(worker)))).andReturn().getResponse().getStatus())
                    .as("%s for a signed-in user", asset).isEqualTo(200);
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as("%s on the sign-in page", asset).isEqualTo(200);
        }
    }
}
