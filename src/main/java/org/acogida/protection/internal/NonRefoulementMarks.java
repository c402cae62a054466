package org.acogida.protection.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.acogida.cases.NonRefoulement;
import org.springframework.stereotype.Component;

/** The cases module's question "where must this person not be sent?", answered from the marks claims placed. */
@Component
class NonRefoulementMarks implements NonRefoulement {

    private final ClaimRecords claims;

    NonRefoulementMarks(ClaimRecords claims) {
        this.claims = claims;
    }

    @Override
    public Set<String> countriesFeared(Collection<UUID> caseIds) {
        Set<String> countries = new TreeSet<>();
        claims.marks(caseIds).forEach(mark -> countries.add(mark.country()));
        return countries;
    }
}
