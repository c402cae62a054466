package org.acogida.platform.shell;

/**
 * A route anyone may open without signing in, such as the page where a checkpoint verifies a
 * document. Declared as a bean by the module that serves it, so that opening a route to the public
 * is a visible decision in that module and not an edit to the security configuration.
 */
public record PublicRoute(String pattern) {
}
