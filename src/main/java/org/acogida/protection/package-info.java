/**
 * Protection: screening for specific needs (UNHCR's standardised codes) and health, the path of an
 * unaccompanied child to a responsible adult, and fear-of-return claims, whose details only the
 * member's protection officers read and which are encrypted at rest. A claim marks the person
 * against return to the feared country, and no movement there is written (see cases.Movements).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection", allowedDependencies = {"audit", "cases", "coalition",
        "platform"})
package org.acogida.protection;
