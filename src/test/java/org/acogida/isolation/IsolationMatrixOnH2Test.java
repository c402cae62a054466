package org.acogida.isolation;

import org.acogida.support.H2Test;

/** The matrix on H2, which has no row-level security: the application's own lock must hold alone. */
@H2Test
class IsolationMatrixOnH2Test extends IsolationMatrix {
}
