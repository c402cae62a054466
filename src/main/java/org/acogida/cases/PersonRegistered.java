package org.acogida.cases;

import java.util.UUID;

/** A case's person was registered ({@code firstTime}) or their registration corrected: ids only. */
public record PersonRegistered(UUID caseId, UUID personId, String memberState, boolean firstTime) {}
