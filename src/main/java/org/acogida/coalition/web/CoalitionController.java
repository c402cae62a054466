package org.acogida.coalition.web;

import java.util.EnumSet;

import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The coalition's members with their sourced facts, and the arrival points of the region. Public reference data. */
@Controller
@RequestMapping("/coalition")
class CoalitionController {

    private final Countries countries;

    CoalitionController(Countries countries) {
        this.countries = countries;
    }

    @GetMapping
    String members(Model model) {
        model.addAttribute("countries", countries.all());
        return "coalition/members";
    }

    @GetMapping("/arrival-points")
    String arrivalPoints(Model model) {
        model.addAttribute("arrivalPoints", countries.arrivalPoints());
        return "coalition/arrival-points";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationEntry coalitionNavigation() {
            return new NavigationEntry("nav.coalition", "/coalition", EnumSet.allOf(Role.class), 80);
        }

        @Bean
        RouteAccess coalitionAccess() {
            return RouteAccess.everyRole("/coalition/**");
        }
    }
}
