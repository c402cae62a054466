package org.acogida.governance;

import java.time.Instant;
import java.util.UUID;

/** A version of something the coalition adopted by motion; {@code content} is the adopted proposal, JSON text. */
public record AdoptedVersion(MotionKind kind, int version, String content, Instant adoptedAt, UUID motionId) {}
