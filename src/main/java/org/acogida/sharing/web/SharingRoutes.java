package org.acogida.sharing.web;

import java.util.Set;

import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may do what with shares: case workers and coordinators offer their member's cases; a coordinator decides on what is offered to it. */
@Configuration(proxyBeanMethods = false)
class SharingRoutes {

    static final Role[] OFFERERS = {Role.CASE_WORKER, Role.MEMBER_COORDINATOR};

    @Bean
    NavigationEntry sharingNavigation() {
        return new NavigationEntry("nav.sharing", "/sharing", Set.of(OFFERERS), 18);
    }

    @Bean
    RouteAccess sharingRead() {
        return RouteAccess.of("GET", "/sharing", OFFERERS);
    }

    @Bean
    RouteAccess sharingIncomingRead() {
        return RouteAccess.of("GET", "/sharing/incoming/*", Role.MEMBER_COORDINATOR);
    }

    @Bean
    RouteAccess sharingOffer() {
        return RouteAccess.of("POST", "/sharing/cases/*/offers", OFFERERS);
    }

    @Bean
    RouteAccess sharingWithdraw() {
        return RouteAccess.of("POST", "/sharing/consents/*/withdraw", OFFERERS);
    }

    @Bean
    RouteAccess sharingDecide() {
        return RouteAccess.of("POST", "/sharing/incoming/*/*", Role.MEMBER_COORDINATOR);
    }

    @Bean
    RouteAccess sharingTrace() {
        return RouteAccess.of("POST", "/sharing/cases/*/tracing", OFFERERS);
    }

    /** Agreeing to connect a tracing request's two cases is the coordinator's, on either side. */
    @Bean
    RouteAccess sharingAgree() {
        return RouteAccess.of("POST", "/sharing/outgoing/*/agree", Role.MEMBER_COORDINATOR);
    }
}
