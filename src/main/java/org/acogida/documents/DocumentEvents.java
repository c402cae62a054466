package org.acogida.documents;

import org.acogida.cases.CaseEventKind;

/** What documents writes on a case's timeline. */
public enum DocumentEvents implements CaseEventKind {
    DOCUMENT_ISSUED,
    DOCUMENT_EXTENDED,
    DOCUMENT_REVOKED
}
