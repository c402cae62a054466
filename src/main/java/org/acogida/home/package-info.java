/** The first page after sign-in: the user's member state, role and what they can do from here. */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = {"coalition", "platform"})
package org.acogida.home;
