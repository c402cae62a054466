/**
 * The person and their case: who someone is (identity, names in their script, documents, contact,
 * languages and what they bring), the case an arrival opens (member, number, status, family,
 * version), the person's other cases, the timeline, onward movements under non-refoulement,
 * possible duplicates, and the sections and tasks other modules add to a case. It knows nothing of
 * flights or of the arrival desk: this is what sharing between members will redact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = {"audit", "coalition", "platform"})
package org.acogida.cases;
