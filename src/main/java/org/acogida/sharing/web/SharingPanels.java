package org.acogida.sharing.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CasePanel;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.Persons;
import org.acogida.cases.ProfileCatalogues;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Country;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.sharing.Consent;
import org.acogida.sharing.OutgoingShare;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.ShareStatus;
import org.acogida.sharing.Sharing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sharing's section of the case page, for the case workers and coordinators who may offer the case. */
@Configuration(proxyBeanMethods = false)
class SharingPanels {

    /**
     * What the section shows: the case's shares and consents, and what the offer form offers to
     * choose. A case handed over by a transfer ({@code handedOver}; {@code transfer} is the share
     * that did it, null on a family member's case) is a read-only record: nothing more is offered.
     */
    record SharingPanel(UUID caseId, boolean child, List<OutgoingShare> shares, List<Consent> consents, List<String> members,
                        List<String> languages, boolean coordinator, boolean handedOver, OutgoingShare transfer) {}

    @Bean
    CasePanel sharingPanel(Sharing sharing, Persons persons, Countries countries) {
        return new CasePanel() {
            @Override
            public String fragment() {
                return "sharing/panels :: sharing";
            }

            @Override
            public int order() {
                return 50;
            }

            @Override
            public Optional<?> content(Case shown) {
                Role role = Actors.require().role();
                if (role != Role.CASE_WORKER && role != Role.MEMBER_COORDINATOR) {
                    return Optional.empty();
                }
                List<String> members = countries.members().stream().map(Country::iso3).filter(m -> !m.equals(shown.memberState())).toList();
                // The person's own languages first, the others after.
                List<String> spoken = persons.of(shown).languages();
                List<String> languages = java.util.stream.Stream.concat(spoken.stream(),
                        ProfileCatalogues.LANGUAGES.stream().filter(l -> !spoken.contains(l))).toList();
                List<OutgoingShare> shares = sharing.sharesOf(shown.id());
                OutgoingShare transfer = shown.status() != CaseStatus.TRANSFERRED ? null : shares.stream()
                        .filter(s -> s.purpose() == Purpose.TRANSFER && s.status() == ShareStatus.ACCEPTED).findFirst().orElse(null);
                return Optional.of(new SharingPanel(shown.id(), shown.minor(), shares, sharing.consentsOf(shown.id()), members, languages,
                        role == Role.MEMBER_COORDINATOR, shown.status() == CaseStatus.TRANSFERRED, transfer));
            }
        };
    }
}
