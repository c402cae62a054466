package org.acogida.reporting;

import java.time.Instant;
import java.util.UUID;

/** A monthly return as the member sent it: the month, the return as it left (JSON) and when. */
public record SentReturn(UUID messageId, String period, String content, Instant sentAt) {}
