package org.acogida.documents;

/**
 * A member's rule for one kind of document: valid for {@code validDays} days from the day it is
 * issued, extendable {@code maxExtensions} times by {@code extensionDays} each. {@code version} is
 * -1 for the coalition's default, not yet changed by the member.
 */
public record DocumentRule(DocumentKind kind, int validDays, int extensionDays, int maxExtensions, int version) {

    public DocumentRule {
        if (validDays < 1 || extensionDays < 0 || maxExtensions < 0) {
            throw new IllegalArgumentException("A document rule needs at least one valid day and no negative extension");
        }
    }

    public boolean isDefault() {
        return version < 0;
    }
}
