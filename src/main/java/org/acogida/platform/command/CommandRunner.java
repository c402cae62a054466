package org.acogida.platform.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by {@code acogida.command} (set by the launcher) and remembers its exit
 * code; the launcher's {@code main} exits with it.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    static final String ARGUMENTS_MARKER = "--acogida.args";

    private final List<AcogidaCommand> commands;
    private final String commandLine;
    private int exitCode;

    CommandRunner(List<AcogidaCommand> commands, @Value("${acogida.command:}") String commandLine) {
        this.commands = commands;
        this.commandLine = commandLine.trim();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (commandLine.isEmpty()) {
            return;
        }
        List<String> words = Arrays.asList(commandLine.split("\\s+"));
        AcogidaCommand command = commands.stream()
                .filter(c -> startsWith(words, c.name()))
                .max((a, b) -> Integer.compare(a.name().length(), b.name().length()))
                .orElse(null);
        if (command == null) {
            System.err.println("Unknown command: " + commandLine + ". Commands:");
            commands.forEach(c -> System.err.printf("  %-22s %s%n", c.name(), c.summary()));
            exitCode = 2;
            return;
        }
        List<String> rest = new ArrayList<>(words.subList(command.name().split(" ").length, words.size()));
        rest.addAll(rawArguments(args.getSourceArgs()));
        exitCode = command.run(rest, System.out);
    }

    /** The arguments the launcher passed after {@code --acogida.args}, untouched by Spring's option parsing. */
    private static List<String> rawArguments(String[] source) {
        int marker = Arrays.asList(source).indexOf(ARGUMENTS_MARKER);
        return marker < 0 ? List.of() : Arrays.asList(source).subList(marker + 1, source.length);
    }

    private static boolean startsWith(List<String> words, String name) {
        List<String> nameWords = Arrays.asList(name.split(" "));
        return words.size() >= nameWords.size() && words.subList(0, nameWords.size()).equals(nameWords);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
