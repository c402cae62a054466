/**
 * Who may do what: users and their one role, sign-in with hashed passwords and lockout, sessions
 * that end when a user is disabled, and the rules that keep each administrator to the users of
 * their own member state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"audit", "platform"})
package org.acogida.access;
