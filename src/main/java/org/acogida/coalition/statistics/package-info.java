/**
 * Statistical disclosure control for the counts the coalition secretariat receives (persons per
 * member state, category and month): small counts are hidden, and further counts are hidden so
 * that no hidden count can be worked out from what is published. Part of the coalition module's
 * API, for the screens and exports that publish such tables.
 */
@org.springframework.modulith.NamedInterface("statistics")
package org.acogida.coalition.statistics;
