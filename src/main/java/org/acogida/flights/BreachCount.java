package org.acogida.flights;

/** How often a sending authority breached one rule of the protocol, across the coalition: a count, never a flight. */
public record BreachCount(String sendingAuthority, String rule, long count) {}
