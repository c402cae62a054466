package org.acogida.isolation;

import org.acogida.support.H2Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The matrix on H2, which has no row-level security: the application's own lock must hold alone. */
@H2Test
@AutoConfigureMockMvc
class IsolationMatrixOnH2Test extends IsolationMatrix {
}
