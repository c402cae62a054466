/**
 * How the coalition decides together: motions of any kind put to the members, one vote per member
 * with who voted what, quorum and majority, and the versions of what the coalition adopted. The
 * modules that ask for a decision (flights for its protocol and diversions) react to
 * {@link org.acogida.governance.MotionClosed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance", allowedDependencies = {"audit", "coalition", "platform"})
package org.acogida.governance;
