package org.acogida.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core run in the page as it stands: a critical or serious finding fails the test, naming the rule and the elements. */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private Axe() {
    }

    public static void assertNoSeriousFinding(Page page) {
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
        List<String> blocking = violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .toList();
        assertThat(blocking).as("axe-core findings on %s", page.url()).isEmpty();
    }
}
