package org.acogida.access.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.platform.actor.Role;
import org.acogida.platform.i18n.Languages;
import org.acogida.platform.shell.PublicRoute;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in, sign-out, sessions, headers and who may use which route. Routes are closed unless a
 * module declares a {@link RouteAccess} rule for them (docs/adr/0004-access-control.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * No inline script or style anywhere, no framing, forms post only to Acogida. htmx is served
     * from Acogida itself and configured without its inline indicator styles.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
            "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    static final List<String> PUBLIC_ROUTES = List.of(
            "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error", "/error/**", "/actuator/health");

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    /**
     * The JSON API: HTTP Basic on every request, no session and therefore no CSRF token (nothing a
     * browser would send on its own). The same route rules and headers as the pages.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, List<RouteAccess> routes, SignInStore store,
                                               TransactionTemplate transactions) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> {
                    applyRoutes(authorize, routes);
                    authorize.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.realmName("Acogida"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)).frameOptions(f -> f.deny()));
        return http.build();
    }

    private static void applyRoutes(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
                                    List<RouteAccess> routes) {
        List<RouteAccess> mostSpecificFirst = routes.stream().sorted(Comparator.comparingInt(RouteAccess::specificity).reversed()).toList();
        for (RouteAccess route : mostSpecificFirst) {
            String[] roles = route.roles().stream().map(Role::name).toArray(String[]::new);
            if (route.method() == null) {
                authorize.requestMatchers(route.pattern()).hasAnyRole(roles);
            } else {
                authorize.requestMatchers(HttpMethod.valueOf(route.method()), route.pattern()).hasAnyRole(roles);
            }
        }
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<RouteAccess> routes, List<PublicRoute> publicRoutes, SignInStore store,
                                            TransactionTemplate transactions, AuditLog audit, LocaleResolver localeResolver) throws Exception {
        // PasswordSignIn is the application's only AuthenticationProvider bean, so Spring Security makes it the global
        // one; registering it again here would check every failed attempt twice (and lock accounts twice as fast).
        http.authorizeHttpRequests(authorize -> {
                    PUBLIC_ROUTES.forEach(route -> authorize.requestMatchers(route).permitAll());
                    publicRoutes.forEach(route -> authorize.requestMatchers(route.pattern()).permitAll());
                    applyRoutes(authorize, routes);
                    authorize.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
                        .successHandler(new LanguageOnSignIn(localeResolver)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> auditSignOut(authentication, transactions, audit))
                        .logoutSuccessUrl("/login?signedOut").invalidateHttpSession(true).clearAuthentication(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage("/error/forbidden"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new SessionGenerationFilter(store, transactions), AuthorizationFilter.class);
        return http.build();
    }

    private static void auditSignOut(Authentication authentication, TransactionTemplate transactions, AuditLog audit) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            transactions.executeWithoutResult(status ->
                    audit.recordSignIn(AuditAction.SIGN_OUT, user.id(), user.role().name(), user.memberState()));
        }
    }

    /** After sign-in, pages appear in the user's own language. */
    static final class LanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LocaleResolver localeResolver;

        LanguageOnSignIn(LocaleResolver localeResolver) {
            this.localeResolver = localeResolver;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                localeResolver.setLocale(request, response, Languages.forCode(user.language()));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
