/**
 * Protection: screening for specific needs (UNHCR's standardised codes) and health, the path of an
 * unaccompanied child to a responsible adult, and fear-of-return claims, whose details only the
 * member's protection officers read and which are encrypted at rest. A claim marks the person
 * against return to the feared country; reception refuses any movement there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection")
package org.acogida.protection;
