package org.acogida.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A case was opened for a person who arrived: ids and codes only, never who they are. */
public record CaseOpened(UUID caseId, UUID personId, String memberState, LocalDate openedOn) {}
