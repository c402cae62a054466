package org.acogida.protection;

import org.acogida.cases.CaseEventKind;

/** What protection writes on a case's timeline: that something happened, never what a claim says. */
public enum ProtectionEvents implements CaseEventKind {
    SCREENED,
    CHILD_IDENTIFIED,
    CHILD_AUTHORITY_NOTIFIED,
    CHILD_INTERESTS_ASSESSED,
    CHILD_HANDED_OVER,
    PROTECTION_CLAIM,
    PROTECTION_CLAIM_STEP,
    NON_REFOULEMENT
}
