/**
 * Reception: a landed flight's passengers and those who come overland or on their own become cases
 * (a person transferred from another member is expected at the point its coordinator chose),
 * officers check people in at the arrival point's desk and register them, and the desk's case page
 * shows the case with its arrival. The case itself is the cases module's; the arrival is reception's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception", allowedDependencies = {"audit", "cases", "cases :: names", "coalition",
        "flights", "flights :: manifest", "platform", "sharing"})
package org.acogida.reception;
