package org.acogida.placement.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acogida.placement.engine.DirectInteger;
import org.acogida.placement.engine.EngineSettings;
import org.acogida.placement.engine.FirstComeFirstServed;
import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.LpRounding;
import org.acogida.placement.engine.OptimalPlacement;
import org.acogida.placement.engine.Plan;
import org.acogida.placement.engine.PlacementMethod;
import org.acogida.placement.instance.InstanceFiles;
import org.acogida.placement.instance.InstanceGenerator;
import org.acogida.placement.instance.InstanceProblems;
import org.acogida.placement.instance.PlanFiles;

/**
 * {@code ./acogida place …}: the placement engine on the command line, without the web application
 * or a database. Exit codes: 0 done, 1 a bad instance, 2 bad usage.
 */
public final class PlacementCli {

    static final String USAGE = """
            Usage:
              ./acogida place --instance DIR --out DIR [--method acogida-flow|first-come-first-served|glop-rounding|cp-sat] [--time-limit S]
              ./acogida place generate --cases N --localities M --countries K --seed S [--unit] [--out DIR]
              ./acogida place bench [--quick] [--seeds N] [--report FILE]
            """;

    private PlacementCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        if (!words.isEmpty() && words.getFirst().equals("place")) {
            words = words.subList(1, words.size());
        }
        try {
            if (!words.isEmpty() && words.getFirst().equals("generate")) {
                return generate(options(words.subList(1, words.size())), out);
            }
            if (!words.isEmpty() && words.getFirst().equals("bench")) {
                return Benchmark.run(options(words.subList(1, words.size())), out, err);
            }
            if (!words.isEmpty() && words.getFirst().equals("bench-one")) {
                return Benchmark.runOne(options(words.subList(1, words.size())), out);
            }
            return place(options(words), out, err);
        } catch (UsageError e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (InstanceProblems e) {
            err.println("The instance cannot be used:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return 1;
        } catch (IOException e) {
            err.println("Cannot write the results: " + e.getMessage());
            return 1;
        }
    }

    private static int place(Map<String, String> options, PrintStream out, PrintStream err) throws IOException {
        Path instanceFolder = Path.of(required(options, "instance"));
        Path outFolder = Path.of(required(options, "out"));
        if (!Files.isDirectory(instanceFolder)) {
            throw new UsageError("No instance folder at " + instanceFolder);
        }
        PlacementMethod method = method(options.getOrDefault("method", "acogida-flow"), number(options, "time-limit", 60));
        ProgressLine progress = new ProgressLine(err);
        progress.report("reading " + instanceFolder);
        long read = System.nanoTime();
        Instance instance = InstanceFiles.read(instanceFolder);
        progress.report(String.format(Locale.ROOT, "read %d cases, %d localities, %d pairs in %.1f s", instance.cases(),
                instance.localities(), instance.pairs(), (System.nanoTime() - read) / 1e9));
        Plan plan = method.place(instance, progress);
        progress.done();
        PlanFiles.write(instance, plan, outFolder);
        out.printf(Locale.ROOT, "%s: objective %d, upper bound %s, gap %s, %d cases (%d persons) placed in %.2f s. Written to %s%n",
                plan.method(), plan.objective(), Double.isNaN(plan.upperBound()) ? "none" : String.format(Locale.ROOT, "%.1f", plan.upperBound()),
                Double.isNaN(plan.upperBound()) ? "unknown" : String.format(Locale.ROOT, "%.4f%%", 100 * plan.gap()),
                plan.placedCases(), plan.placedPersons(), plan.seconds(), outFolder);
        return 0;
    }

    private static int generate(Map<String, String> options, PrintStream out) throws IOException {
        InstanceGenerator.Settings settings = settings(options);
        Path folder = Path.of(options.getOrDefault("out", String.format("instance-c%d-l%d-k%d-s%d%s", settings.cases(),
                settings.localities(), settings.countries(), settings.seed(), settings.unit() ? "-unit" : "")));
        Instance instance = InstanceGenerator.generate(settings);
        InstanceFiles.write(instance, folder);
        out.printf("Generated %d cases (%d persons), %d localities in %d countries, %d compatible pairs, into %s%n",
                instance.cases(), instance.totalPersons(), instance.localities(), instance.countries(), instance.pairs(), folder);
        return 0;
    }

    static InstanceGenerator.Settings settings(Map<String, String> options) {
        try {
            return new InstanceGenerator.Settings((int) number(options, "cases", -1), (int) number(options, "localities", -1),
                    (int) number(options, "countries", 5), (long) number(options, "seed", 1), options.containsKey("unit"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    static PlacementMethod method(String name, double timeLimit) {
        return switch (name) {
            case "acogida-flow" -> new OptimalPlacement(engineSettings());
            case "first-come-first-served" -> new FirstComeFirstServed();
            case "glop-rounding" -> new LpRounding(timeLimit);
            case "cp-sat" -> new DirectInteger(timeLimit);
            default -> throw new UsageError("Unknown method " + name);
        };
    }

    /** The engine's defaults, or others given as -Dacogida.placement.rounding-rounds=N (for tuning). */
    static EngineSettings engineSettings() {
        EngineSettings d = EngineSettings.DEFAULTS;
        return new EngineSettings(d.initialArcsPerCase(), d.arcsAddedPerCase(), d.maxRounds(),
                Integer.getInteger("acogida.placement.rounding-rounds", d.roundingRounds()));
    }

    static Map<String, String> options(List<String> words) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new UsageError("Expected an option such as --instance, found " + word);
            }
            String name = word.substring(2);
            if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                options.put(name, words.get(++i));
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.equals("true")) {
            throw new UsageError("Missing --" + name + " DIR");
        }
        return value;
    }

    static double number(Map<String, String> options, String name, double fallback) {
        String value = options.get(name);
        if (value == null) {
            if (fallback < 0) {
                throw new UsageError("Missing --" + name + " N");
            }
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " needs a number, not " + value);
        }
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    /** One line on the terminal that each report overwrites; plain lines when the output is a file. */
    static final class ProgressLine implements PlacementMethod.Progress {
        private final PrintStream err;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void report(String message) {
            String line = String.format(Locale.ROOT, "[%6.1f s] %s", (System.nanoTime() - started) / 1e9, message);
            if (terminal) {
                err.print("\r\033[K" + line);
            } else {
                err.println(line);
            }
            err.flush();
        }

        void done() {
            if (terminal) {
                err.println();
            }
        }
    }
}
