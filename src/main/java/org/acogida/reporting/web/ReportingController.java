package org.acogida.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.acogida.reporting.MonthlyReturn;
import org.acogida.reporting.Returns;
import org.acogida.reporting.SecretariatView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's coordinator sees the monthly return as it will leave, and what was sent; the
 * coalition's analysts, on the secretariat's node, see every member's latest return for a month.
 */
@Controller
class ReportingController {

    private final Returns returns;
    private final SecretariatView secretariat;
    private final Clock clock;

    ReportingController(Returns returns, SecretariatView secretariat, Clock clock) {
        this.returns = returns;
        this.secretariat = secretariat;
        this.clock = clock;
    }

    @GetMapping("/reporting")
    String ours(@RequestParam(defaultValue = "") String period, Model model) {
        YearMonth shown = period(period);
        model.addAttribute("shownPeriod", shown.toString());
        model.addAttribute("periods", recentMonths());
        model.addAttribute("monthly", returns.compute(shown));
        model.addAttribute("sent", returns.sent());
        return "reporting/ours";
    }

    @PostMapping("/reporting/send")
    String send(@RequestParam(defaultValue = "") String period, RedirectAttributes redirect) {
        YearMonth chosen = period(period);
        returns.send(Actors.require().memberState(), chosen, true);
        redirect.addFlashAttribute("reportingNotice", "reporting.sent");
        return "redirect:/reporting?period=" + chosen;
    }

    @GetMapping("/returns")
    String coalition(@RequestParam(defaultValue = "") String period, Model model) {
        List<String> periods = secretariat.periods();
        String shown = periods.contains(period) ? period : periods.isEmpty() ? null : periods.getFirst();
        List<MonthlyReturn> monthly = shown == null ? List.of() : secretariat.returnsOf(shown);
        model.addAttribute("periods", periods);
        model.addAttribute("shownPeriod", shown);
        model.addAttribute("returns", monthly);
        model.addAttribute("categories", List.of(org.acogida.reporting.ReturnCategory.values()));
        int largest = monthly.stream().filter(r -> !r.total().withheld()).mapToInt(r -> r.total().count()).max().orElse(0);
        model.addAttribute("largest", Math.max(largest, 1));
        return "reporting/coalition";
    }

    /** A month typed as 2026-11, or this month (UTC) when it is missing, malformed or in the future. */
    private YearMonth period(String typed) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        try {
            YearMonth parsed = YearMonth.parse(typed.strip());
            return parsed.isAfter(now) || parsed.isBefore(now.minusYears(5)) ? now : parsed;
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    private List<String> recentMonths() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return java.util.stream.IntStream.range(0, 12).mapToObj(i -> now.minusMonths(i).toString()).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationEntry reportingNavigation() {
            return new NavigationEntry("nav.reporting", "/reporting", Set.of(Role.MEMBER_COORDINATOR), 75);
        }

        @Bean
        NavigationEntry returnsNavigation() {
            return new NavigationEntry("nav.returns", "/returns", Set.of(Role.COALITION_ANALYST), 76);
        }

        @Bean
        RouteAccess reportingRead() {
            return RouteAccess.of("GET", "/reporting", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess reportingSend() {
            return RouteAccess.of("POST", "/reporting/send", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess returnsRead() {
            return RouteAccess.of("GET", "/returns", Role.COALITION_ANALYST);
        }
    }
}
