/**
 * Reception: a landed flight becomes one case per passenger, land-border and walk-in arrivals are
 * registered, and officers check people in at the arrival point's desk. Cases are the member's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception")
package org.acogida.reception;
