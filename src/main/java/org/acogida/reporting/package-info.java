/**
 * Reporting to the coalition's secretariat: each month, each member counts its case work by
 * category (arrivals by flight and overland, transfers in and out, protection claims) and by sex,
 * hides the small counts and the counts that would give them away, and sends the table, signed,
 * to the secretariat's node, which receives aggregates only and shows them side by side to the
 * coalition's analysts (docs/adr/0017).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {"audit", "cases", "coalition",
        "coalition :: statistics", "federation", "platform", "protection", "reception", "sharing"})
package org.acogida.reporting;
