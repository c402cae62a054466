package org.acogida.federation;

/**
 * Where a module receives the letters of its kinds. {@link #receive} runs in a transaction opened
 * on behalf of the recipient, together with the message log's entry; it must return
 * {@link Receipt#ALREADY_RECEIVED} for a letter whose id it has seen, changing nothing.
 */
public interface LetterBox {

    /** The module part of the kinds it receives: "sharing" for "sharing.OFFER". */
    String module();

    Receipt receive(Letter letter);

    enum Receipt { FIRST_TIME, ALREADY_RECEIVED }
}
