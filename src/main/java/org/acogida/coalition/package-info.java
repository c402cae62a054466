/**
 * The coalition and its places: the sourced facts on each country and on each member's law, the
 * names of countries in the five languages, which countries are members, where deportees arrive
 * (airports, land crossings) and the localities that host people, with their capacity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coalition", allowedDependencies = {"audit", "platform"})
package org.acogida.coalition;
