package org.acogida.federation;

/** Why a node refused what arrived, as the message log records it. */
public enum Refusal {
    /** Not an envelope this node can read: wrong format or version. */
    MALFORMED,
    /** Addressed to a member this node does not host. */
    NOT_HOSTED,
    /** Arrived on the subject of one member but addressed to another. */
    WRONG_SUBJECT,
    /** From a member that is not on the coalition's trust list. */
    UNKNOWN_SENDER,
    /** The signature does not verify with the sender's key: forged or altered. */
    BAD_SIGNATURE,
    /** Signed by the sender but cannot be decrypted with the recipient's key. */
    UNREADABLE,
    /** A letter already received, sent again (a replay, or a redelivery after a crash): read once, not twice. */
    DUPLICATE,
    /** No module of this node receives letters of its kind. */
    UNKNOWN_KIND,
    /** Opened, but its content is not what its kind says. */
    UNREADABLE_CONTENT,
    /** About something of which its sender is not a party: a share offered by or to another member. */
    NOT_A_PARTY
}
