package org.acogida.audit.web;

import java.util.Set;

import org.acogida.audit.AuditTrail;
import org.acogida.audit.ChainVerification;
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

/** The administrator's audit page: the member's latest entries, and a button that walks the whole chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int RECENT = 100;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("entries", trail.recentForMember(RECENT));
        return "audit/audit";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        ChainVerification result = trail.verify();
        model.addAttribute("verification", result);
        model.addAttribute("entries", trail.recentForMember(RECENT));
        return "audit/audit";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationEntry auditNavigation() {
            return new NavigationEntry("nav.audit", "/admin/audit", Set.of(Role.ADMINISTRATOR), 90);
        }

        @Bean
        RouteAccess auditAccess() {
            return RouteAccess.of("/admin/audit/**", Role.ADMINISTRATOR);
        }
    }
}
