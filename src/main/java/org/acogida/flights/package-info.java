/**
 * Flight governance: flight notices and manifests from the sending state, the coalition protocol
 * (adopted and amended by vote) and each member's policy, the decision on every flight with the
 * rule behind it, incidents and the breach record per sending authority.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Flights", allowedDependencies = {"audit", "coalition", "governance", "platform"})
package org.acogida.flights;
