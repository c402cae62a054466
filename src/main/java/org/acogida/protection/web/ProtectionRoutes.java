package org.acogida.protection.web;

import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use protection's routes. Screening and the child's path are the work of everyone who
 * meets the person; claims are the member's protection officers' alone (Claims checks it again).
 */
@Configuration(proxyBeanMethods = false)
class ProtectionRoutes {

    static final Role[] CASE_STAFF = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.PROTECTION_OFFICER, Role.MEMBER_COORDINATOR};

    @Bean
    RouteAccess protectionCaseWork() {
        return RouteAccess.of("/protection/cases/*/**", CASE_STAFF);
    }

    @Bean
    RouteAccess protectionClaimRecording() {
        return RouteAccess.of("/protection/cases/*/claims/**", Role.PROTECTION_OFFICER);
    }

    @Bean
    RouteAccess protectionClaimSteps() {
        return RouteAccess.of("/protection/claims/**", Role.PROTECTION_OFFICER);
    }
}
