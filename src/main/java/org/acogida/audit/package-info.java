/**
 * The audit trail: who did what to which record, when and from where, written in the same
 * transaction as the change and chained with a keyed hash so that any edit, deletion, insertion
 * or reordering of entries is detected. Entries hold ids, never personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform"})
package org.acogida.audit;
