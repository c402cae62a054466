package org.acogida.isolation;

import org.acogida.support.PostgresTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The matrix with both locks: the application's scope and PostgreSQL's row-level security. */
@PostgresTest
@AutoConfigureMockMvc
class IsolationMatrixOnPostgresTest extends IsolationMatrix {
}
