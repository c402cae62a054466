package org.acogida.sharing.internal;

import java.util.UUID;

/** A letter was written to the sender's outbox: ids only, the content stays in the outbox. */
public record LetterPosted(UUID messageId, String sender, String recipient) {}
