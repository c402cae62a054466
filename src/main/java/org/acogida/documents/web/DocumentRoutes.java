package org.acogida.documents.web;

import java.util.Set;

import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.PublicRoute;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use documents' routes. The desk and case workers issue and print; revoking and setting
 * the member's rules is the coordinator's. Verification is public: a police officer at a
 * checkpoint has no account.
 */
@Configuration(proxyBeanMethods = false)
class DocumentRoutes {

    static final Role[] ISSUERS = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.MEMBER_COORDINATOR};
    static final Role[] CASE_STAFF = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.PROTECTION_OFFICER, Role.MEMBER_COORDINATOR};

    @Bean
    NavigationEntry documentsNavigation() {
        return new NavigationEntry("nav.documents", "/documents/expiring", Set.of(CASE_STAFF), 17);
    }

    @Bean
    RouteAccess documentsRead() {
        return RouteAccess.of("GET", "/documents/**", CASE_STAFF);
    }

    @Bean
    RouteAccess documentsIssue() {
        return RouteAccess.of("POST", "/documents/cases/*", ISSUERS);
    }

    @Bean
    RouteAccess documentsExtend() {
        return RouteAccess.of("POST", "/documents/*/extend", ISSUERS);
    }

    @Bean
    RouteAccess documentsRevoke() {
        return RouteAccess.of("POST", "/documents/*/revoke", Role.MEMBER_COORDINATOR);
    }

    @Bean
    RouteAccess documentsRules() {
        return RouteAccess.of("POST", "/documents/rules", Role.MEMBER_COORDINATOR);
    }

    @Bean
    PublicRoute verificationPage() {
        return new PublicRoute("/verify");
    }

    @Bean
    PublicRoute trustList() {
        return new PublicRoute("/verify/trust-list.json");
    }
}
