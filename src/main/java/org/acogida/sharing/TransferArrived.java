package org.acogida.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer's record arrived and its cases were opened at this member, in the transaction that
 * opened them: the person is expected at {@code arrivalPoint}, the one the coordinator chose when
 * accepting. Reception records the expected arrival.
 */
public record TransferArrived(List<UUID> caseIds, String memberState, String arrivalPoint, LocalDate on) {}
