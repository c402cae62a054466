package org.acogida.reception.web;

import java.util.Set;

import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use reception's pages. Cases hold people's records: only the member's staff who work
 * with people see them (not administrators, who manage accounts). Landing a flight, checking
 * people in and registering arrivals is the desk's work.
 */
@Configuration(proxyBeanMethods = false)
class ReceptionRoutes {

    static final Role[] CASE_STAFF = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.PROTECTION_OFFICER, Role.MEMBER_COORDINATOR};
    static final Role[] DESK = {Role.RECEPTION_OFFICER, Role.MEMBER_COORDINATOR};
    /** Who registers people and decides on duplicates: the desk and the case workers who follow them up. */
    static final Role[] REGISTRARS = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.MEMBER_COORDINATOR};
    /** Who proposes where a person goes next: case workers and the coordinator who approves it. */
    static final Role[] MOVEMENT_PLANNERS = {Role.CASE_WORKER, Role.MEMBER_COORDINATOR};

    @Bean
    NavigationEntry receptionNavigation() {
        return new NavigationEntry("nav.reception", "/reception", Set.of(CASE_STAFF), 15);
    }

    @Bean
    RouteAccess receptionRead() {
        return RouteAccess.of("/reception/**", CASE_STAFF);
    }

    @Bean
    RouteAccess receptionLanding() {
        return RouteAccess.of("POST", "/reception/flights/*/landed", DESK);
    }

    @Bean
    RouteAccess receptionCheckIn() {
        return RouteAccess.of("POST", "/reception/cases/*/check-in", DESK);
    }

    @Bean
    RouteAccess receptionWalkIn() {
        return RouteAccess.of("POST", "/reception/arrivals", DESK);
    }

    @Bean
    RouteAccess receptionRegistrationForm() {
        return RouteAccess.of("GET", "/reception/cases/*/registration", REGISTRARS);
    }

    @Bean
    RouteAccess receptionRegistration() {
        return RouteAccess.of("POST", "/reception/cases/*/registration/**", REGISTRARS);
    }

    @Bean
    RouteAccess receptionRegistrationSave() {
        return RouteAccess.of("POST", "/reception/cases/*/registration", REGISTRARS);
    }

    @Bean
    RouteAccess receptionDuplicateDecision() {
        return RouteAccess.of("POST", "/reception/duplicates/*", REGISTRARS);
    }

    @Bean
    RouteAccess receptionMovementProposal() {
        return RouteAccess.of("POST", "/reception/cases/*/movements", MOVEMENT_PLANNERS);
    }

    @Bean
    RouteAccess receptionMovementCancel() {
        return RouteAccess.of("POST", "/reception/movements/*/cancel", MOVEMENT_PLANNERS);
    }

    @Bean
    RouteAccess receptionWalkInForm() {
        return RouteAccess.of("GET", "/reception/arrivals/new", DESK);
    }
}
