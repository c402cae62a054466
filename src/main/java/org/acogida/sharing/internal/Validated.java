package org.acogida.sharing.internal;

/** What a check of typed input gives: the value, cleaned, or the field that is wrong and the message that says why. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {}

    record Refused<T>(String field, String messageKey) implements Validated<T> {}
}
