package org.acogida.protection;

import java.util.UUID;

/**
 * A fear-of-return claim was recorded on a case, and the person (and the family, if the officer
 * said so) marked against return to the feared country. Ids only: what the person said never
 * leaves protection, and the country is read from the marks by those who may.
 */
public record ClaimRecorded(UUID claimId, UUID caseId, String memberState, int casesMarked) {}
