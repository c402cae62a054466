package org.acogida.flights.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.acogida.coalition.CountryNames;
import org.acogida.flights.Policies;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own acceptance policy and reception capacity per arrival point, set by its coordinator. */
@Controller
@RequestMapping("/policy")
class PolicyController {

    private final Policies policies;

    PolicyController(Policies policies) {
        this.policies = policies;
    }

    @GetMapping
    String page(Model model) {
        MemberPolicy policy = policies.own();
        model.addAttribute("policy", policy);
        model.addAttribute("allowed", String.join(", ", policy.allowedNationalities()));
        model.addAttribute("capacities", policies.ownCapacities());
        model.addAttribute("points", policies.ownArrivalPoints());
        return "policy/policy";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "ACCEPT") MemberPolicy.NationalsRule nationals,
                @RequestParam(defaultValue = "") String nationalsConditions,
                @RequestParam(defaultValue = "REFUSE") MemberPolicy.NonNationalsRule nonNationals,
                @RequestParam(defaultValue = "0") int monthlyQuota, @RequestParam(defaultValue = "false") boolean humanitarianPathway,
                @RequestParam(defaultValue = "") String allowedNationalities, @RequestParam(defaultValue = "0") int version,
                RedirectAttributes redirect) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String entry : Arrays.stream(allowedNationalities.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            var code = CountryNames.resolve(entry);
            if (code.isEmpty()) {
                redirect.addFlashAttribute("policyError", "policy.unknown-nationality");
                redirect.addFlashAttribute("policyErrorValue", entry);
                return "redirect:/policy";
            }
            allowed.add(code.get());
        }
        if (monthlyQuota < 0 || monthlyQuota > 1_000_000 || nationalsConditions.length() > 500) {
            redirect.addFlashAttribute("policyError", "policy.invalid");
            return "redirect:/policy";
        }
        MemberPolicy policy = new MemberPolicy("", nationals, nationalsConditions.isBlank() ? null : nationalsConditions.strip(), nonNationals,
                monthlyQuota, humanitarianPathway, allowed, version);
        switch (policies.save(policy, version)) {
            case Policies.PolicyChange.Saved saved -> {
                redirect.addFlashAttribute("policyMessage", "policy.saved");
                redirect.addFlashAttribute("evaluated", saved.flightsEvaluated());
            }
            case Policies.PolicyChange.Refused refused -> redirect.addFlashAttribute("policyError", refused.messageKey());
        }
        return "redirect:/policy";
    }

    @PostMapping("/capacity")
    String capacity(@RequestParam(defaultValue = "") String arrivalPoint, @RequestParam(defaultValue = "0") int personsPerDay,
                    @RequestParam(defaultValue = "0") int personsPerWeek, @RequestParam(defaultValue = "false") boolean childProtectionOfficer,
                    RedirectAttributes redirect) {
        if (personsPerDay < 0 || personsPerWeek < 0 || personsPerDay > 100_000 || personsPerWeek > 700_000) {
            redirect.addFlashAttribute("policyError", "policy.invalid");
            return "redirect:/policy";
        }
        switch (policies.saveCapacity(arrivalPoint.toUpperCase(Locale.ROOT),
                new FlightFacts.ArrivalCapacity(personsPerDay, personsPerWeek, childProtectionOfficer))) {
            case Policies.PolicyChange.Saved saved -> redirect.addFlashAttribute("policyMessage", "policy.capacity-saved");
            case Policies.PolicyChange.Refused refused -> redirect.addFlashAttribute("policyError", refused.messageKey());
        }
        return "redirect:/policy";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        NavigationEntry policyNavigation() {
            return new NavigationEntry("nav.policy", "/policy", Set.of(Role.MEMBER_COORDINATOR), 30);
        }

        @Bean
        RouteAccess policyAccess() {
            return RouteAccess.of("/policy/**", Role.MEMBER_COORDINATOR);
        }
    }
}
