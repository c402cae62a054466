/**
 * Sharing a case with another member state, as an explicit, consented and audited act: the
 * person's consent (or a child's legal basis) first, then an offer that shows the other member a
 * pseudonymised profile only, which its coordinator accepts or rejects; only acceptance reveals what
 * the purpose allows, and withdrawing consent revokes the share. Members exchange messages through
 * an outbox and an inbox, so that each member's rows stay its own (docs/adr/0014).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing", allowedDependencies = {"audit", "cases", "coalition", "federation",
        "platform", "protection"})
package org.acogida.sharing;
