/**
 * Placement across the coalition: which locality of which member each family is proposed for,
 * with the reasons and a proven bound on how far the proposal is from the best possible. The engine
 * (sub-package {@code engine}) is plain Java with no Spring in it, so it runs the same in the
 * application, on the command line and in benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement", allowedDependencies = {})
package org.acogida.placement;
