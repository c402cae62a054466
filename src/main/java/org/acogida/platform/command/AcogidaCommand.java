package org.acogida.platform.command;

import java.io.PrintStream;
import java.util.List;

/**
 * A command the launcher runs instead of the web server, such as {@code ./acogida audit verify}.
 * It returns the process exit code: 0 for success, 1 for a finding (a broken chain), 2 for bad usage.
 */
public interface AcogidaCommand {

    /** The words after {@code ./acogida}, for example {@code "audit verify"}. */
    String name();

    String summary();

    int run(List<String> arguments, PrintStream out);
}
