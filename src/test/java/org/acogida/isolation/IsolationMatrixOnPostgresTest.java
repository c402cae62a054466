package org.acogida.isolation;

import org.acogida.support.PostgresTest;

/** The matrix with both locks: the application's scope and PostgreSQL's row-level security. */
@PostgresTest
class IsolationMatrixOnPostgresTest extends IsolationMatrix {
}
