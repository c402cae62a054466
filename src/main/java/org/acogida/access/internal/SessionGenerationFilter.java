package org.acogida.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.acogida.platform.actor.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request when its user was disabled, or their role or password
 * changed since it began. Checking on every request, against the database, works however many
 * servers share the sessions' users.
 */
class SessionGenerationFilter extends OncePerRequestFilter {

    private final SignInStore store;
    private final TransactionTemplate transactions;

    SessionGenerationFilter(SignInStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && !stillValid(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(SignedInUser user) {
        return Actors.asSystem("session check", () -> transactions.execute(status -> store.findById(user.id())))
                .filter(SignInRecord::enabled)
                .filter(current -> current.sessionGeneration() == user.sessionGeneration())
                .filter(current -> current.role() == user.role())
                .isPresent();
    }
}
