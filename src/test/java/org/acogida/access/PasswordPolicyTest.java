package org.acogida.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.access.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.check("la lluvia de marzo en Cobán", "gtm.admin")).isEmpty();
        assertThat(policy.check("nnum-ypwb-xg9a-aggx-njex", "gtm.admin")).isEmpty();
    }

    @Test
    void refusesFourteenCharactersAndAcceptsFifteen() {
        assertThat(policy.check("kq7v-m2x9-wr8z", "ana")).containsExactly(Problem.TOO_SHORT);
        assertThat(policy.check("kq7v-m2x9-wr8zp", "ana")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.check("ñandú-águila-9x", "ana")).isEmpty();
    }

    @Test
    void refusesMoreThan128Characters() {
        String long129 = "kq7v-m2x9-wr8z-".repeat(9).substring(0, 129);
        assertThat(policy.check(long129, "ana")).contains(Problem.TOO_LONG);
        assertThat(policy.check(long129.substring(0, 128), "ana")).doesNotContain(Problem.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsAndTwoJoined() {
        assertThat(policy.check("passwordpassword", "ana")).contains(Problem.COMMON);
        assertThat(policy.check("qwertyuiop12345", "ana")).contains(Problem.COMMON);
        assertThat(policy.check("1qaz2wsx3edc4rfv", "ana")).contains(Problem.COMMON);
        assertThat(policy.check("Password Password", "ana")).contains(Problem.COMMON);
    }

    @Test
    void refusesRepetition() {
        assertThat(policy.check("aaaaaaaaaaaaaaaa", "ana")).contains(Problem.REPETITIVE);
        assertThat(policy.check("abcdabcdabcdabcd", "ana")).contains(Problem.REPETITIVE);
    }

    @Test
    void refusesTheUserName() {
        assertThat(policy.check("gtm.recepcion-2025-zq", "gtm.recepcion")).contains(Problem.CONTAINS_NAME);
    }
}
