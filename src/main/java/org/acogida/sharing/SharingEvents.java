package org.acogida.sharing;

import org.acogida.cases.CaseEventKind;

/** What sharing writes on a case's timeline: the other member's code is the detail. */
public enum SharingEvents implements CaseEventKind {
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    SHARE_OFFERED,
    SHARE_ACCEPTED,
    SHARE_REJECTED,
    SHARE_REVOKED
}
