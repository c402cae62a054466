package org.acogida.sharing;

import org.acogida.cases.CaseEventKind;

/** What sharing writes on a case's timeline: the other member's code is the detail. */
public enum SharingEvents implements CaseEventKind {
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    SHARE_OFFERED,
    SHARE_ACCEPTED,
    SHARE_REJECTED,
    SHARE_REVOKED,
    /** The case went to another member by a transfer: kept here read-only. */
    CASE_TRANSFERRED,
    /** The case was opened here from another member's transfer: the detail is that member and the share's reference. */
    TRANSFERRED_IN,
    TRACING_ANSWERED,
    TRACING_CONNECTED
}
