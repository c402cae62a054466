package org.acogida.cases;

import java.util.UUID;

/** The identity on a case was corrected (names, date of birth, sex, nationality, document): ids only. */
public record IdentityCorrected(UUID caseId, String memberState) {}
