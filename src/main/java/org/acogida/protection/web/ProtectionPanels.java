package org.acogida.protection.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CasePanel;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ChildPath;
import org.acogida.protection.ChildProtection;
import org.acogida.protection.ClaimStatus;
import org.acogida.protection.Claims;
import org.acogida.protection.Screening;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Protection's sections of the case page: screening and the child's path for everyone who works
 * the case; the non-refoulement marks for everyone (they must know where the person must not be
 * sent); the claims themselves for protection officers only.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionPanels {

    record ScreeningPanel(UUID caseId, Screening.View screening) {}

    record ChildPanel(UUID caseId, ChildPath path, java.time.Instant due, List<ChildPath.Relation> relations) {}

    record MarksPanel(List<String> countries) {}

    record ClaimsPanel(UUID caseId, List<Claims.ClaimView> claims) {
        public List<ClaimStatus> nextOf(Claims.ClaimView claim) {
            return claim.status().next().stream().sorted().toList();
        }
    }

    @Bean
    CasePanel screeningPanel(Screening screening) {
        return panel("protection/panels :: screening", 10, c -> Optional.of(new ScreeningPanel(c.id(), screening.view(c.id()))));
    }

    @Bean
    CasePanel childPanel(ChildProtection children) {
        return panel("protection/panels :: child", 20, c -> children.path(c.id())
                .map(path -> new ChildPanel(c.id(), path, ChildProtection.due(path, c), List.of(ChildPath.Relation.values()))));
    }

    @Bean
    CasePanel marksPanel(Claims claims) {
        return panel("protection/panels :: marks", 5, c -> {
            List<String> countries = claims.marks(c.id()).stream().map(m -> m.country()).distinct().toList();
            return countries.isEmpty() ? Optional.empty() : Optional.of(new MarksPanel(countries));
        });
    }

    @Bean
    CasePanel claimsPanel(Claims claims) {
        return panel("protection/panels :: claims", 30, c -> Actors.require().role() != Role.PROTECTION_OFFICER ? Optional.empty()
                : Optional.of(new ClaimsPanel(c.id(), claims.ofCase(c.id()))));
    }

    private static CasePanel panel(String fragment, int order, java.util.function.Function<Case, Optional<?>> content) {
        return new CasePanel() {
            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<?> content(Case shown) {
                return content.apply(shown);
            }
        };
    }
}
