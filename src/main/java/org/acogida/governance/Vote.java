package org.acogida.governance;

import java.time.Instant;
import java.util.UUID;

/** One member's vote on a motion, and the user who cast it. */
public record Vote(UUID motionId, String memberState, VoteChoice choice, UUID votedBy, Instant votedAt) {}
