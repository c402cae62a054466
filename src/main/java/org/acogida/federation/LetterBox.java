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

    /**
     * What the module did with the letter. The last two change nothing (the transaction is rolled
     * back) and the letter is refused and logged, not delivered again.
     */
    enum Receipt {
        FIRST_TIME,
        ALREADY_RECEIVED,
        /** Its content is not what its kind says: unreadable JSON, an unknown kind, a missing field. */
        UNREADABLE,
        /** It is about something of which its sender is not a party (a share offered by or to another member). */
        NOT_A_PARTY
    }
}
