package org.acogida.platform.actor;

/** Implemented by the security principal, so that the platform can tell who acts without knowing how they signed in. */
public interface ActingUser {
    Actor actor();
}
