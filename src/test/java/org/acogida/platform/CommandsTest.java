package org.acogida.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.command.AcogidaCommand;
import org.acogida.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The commands behind ./acogida audit verify, user create and coalition admit, with their exit codes. */
@H2Test
class CommandsTest {

    @Autowired
    List<AcogidaCommand> commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void auditVerifyReportsAnIntactChainAndThenTheFirstBrokenLink() {
        assertThat(run("coalition admit", "PER")).isZero();
        Output intact = output("audit verify");
        assertThat(intact.code()).isZero();
        assertThat(intact.text()).contains("Audit chain intact");

        long sequence = Actors.asSystem("test", () -> transactions.execute(s ->
                jdbc.sql("SELECT min(sequence) FROM audit_entry").query(Long.class).single()));
        String original = Actors.asSystem("test", () -> transactions.execute(s ->
                jdbc.sql("SELECT action FROM audit_entry WHERE sequence = :s").param("s", sequence).query(String.class).single()));
        setAction(sequence, "DELETE");
        try {
            Output broken = output("audit verify");
            assertThat(broken.code()).isEqualTo(1);
            assertThat(broken.text()).contains("BROKEN at entry " + sequence);
        } finally {
            setAction(sequence, original);
        }
    }

    @Test
    void userCreateMakesAnAdministratorAndRefusesAWrongRole() {
        assertThat(run("coalition admit", "BRA")).isZero();
        assertThat(run("user create", "--username", "bra.admin.cli", "--name", "Ana Souza", "--role", "administrator", "--member", "BRA")).isZero();
        assertThat(run("user create", "--username", "bra.admin.cli", "--name", "Ana Souza", "--role", "ADMINISTRATOR", "--member", "BRA"))
                .as("the same user name twice").isEqualTo(1);
        assertThat(run("user create", "--username", "x", "--role", "CAPTAIN")).isEqualTo(2);
        assertThat(run("coalition admit", "XXX")).isEqualTo(2);
    }

    record Output(int code, String text) {}

    private int run(String name, String... arguments) {
        return output(name, arguments).code();
    }

    private Output output(String name, String... arguments) {
        AcogidaCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = command.run(List.of(arguments), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private void setAction(long sequence, String action) {
        Actors.asSystem("test", () -> transactions.executeWithoutResult(s ->
                jdbc.sql("UPDATE audit_entry SET action = :a WHERE sequence = :s").param("a", action).param("s", sequence).update()));
    }
}
