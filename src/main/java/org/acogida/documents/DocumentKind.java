package org.acogida.documents;

/**
 * The documents a member issues to a non-national, with the coalition's default rules: a
 * humanitarian pass for 30 days, extendable once by 60 (as Panama gave in 2025, FACTS.md §3); a
 * temporary stay permit; a work permit, which needs a stay document and never outlasts it.
 */
public enum DocumentKind {
    HUMANITARIAN_PASS("HP", 30, 60, 1),
    TEMPORARY_STAY("TS", 180, 180, 1),
    WORK_PERMIT("WP", 180, 180, 1);

    private final String code;
    private final DocumentRule defaults;

    DocumentKind(String code, int validDays, int extensionDays, int maxExtensions) {
        this.code = code;
        this.defaults = new DocumentRule(this, validDays, extensionDays, maxExtensions, -1);
    }

    /** The two letters in a document's number: GTM-HP-... */
    public String code() {
        return code;
    }

    public DocumentRule defaults() {
        return defaults;
    }

    public boolean isStayDocument() {
        return this != WORK_PERMIT;
    }

    public String messageKey() {
        return "document.kind." + name();
    }
}
