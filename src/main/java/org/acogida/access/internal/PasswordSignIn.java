package org.acogida.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.acogida.access.PasswordPolicy;
import org.acogida.platform.actor.Actors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a user name and password. Every refusal (unknown user, wrong password, locked or disabled
 * account) is the same exception with the same message, and every attempt computes one password
 * hash, so neither the page nor the time it takes tells an attacker which case they hit.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final SignInStore store;
    private final SignInOutcomes outcomes;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String unknownUserHash;

    PasswordSignIn(SignInStore store, SignInOutcomes outcomes, PasswordEncoder encoder, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
        this.unknownUserHash = encoder.encode("unknown-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Optional<SignInRecord> found = Actors.asSystem("sign-in",
                () -> transactions.execute(status -> store.findByUsername(username)));
        boolean tooLong = password.length() > PasswordPolicy.MAXIMUM_LENGTH * 4;
        if (found.isEmpty()) {
            encoder.matches(tooLong ? "" : password, unknownUserHash);
            outcomes.unknownUser();
            throw refused();
        }
        SignInRecord user = found.get();
        boolean matches = !tooLong && encoder.matches(password, user.passwordHash());
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
        if (!matches || locked || !user.enabled()) {
            outcomes.failed(user, !matches);
            throw refused();
        }
        outcomes.succeeded(user);
        SignedInUser principal = new SignedInUser(user.id(), user.username(), user.displayName(), user.role(),
                user.memberState(), user.sessionGeneration(), user.language());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Wrong user name or password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
