package org.acogida.sharing;

/** How the person agreed, or on what the share of a child rests. */
public enum ConsentMethod {
    /** The person signed the consent form. */
    SIGNED,
    /** The person agreed aloud, before a witness named in the record. */
    VERBAL_WITNESSED,
    /** A child: the law or decision that allows the share, written down. */
    LEGAL_BASIS
}
