package org.acogida.access;

/**
 * The outcome of a change to a user: saved, or refused for a reason a person can read. A refusal
 * names the form field it concerns (or none) and a message key.
 */
public sealed interface UserChange {

    record Saved(UserAccount user) implements UserChange {}

    record Refused(String field, String messageKey) implements UserChange {
        public static Refused ownAccount() {
            return new Refused(null, "user.refused.own-account");
        }
    }
}
