package org.acogida.placement.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Plan;
import org.acogida.placement.engine.PlacementMethod;
import org.acogida.placement.instance.InstanceGenerator;

/**
 * {@code ./acogida place bench}: every method on generated instances of {1k, 10k, 100k} cases ×
 * {50, 500} localities × 5 countries, unit and family cases, 3 seeds. Each run is a separate JVM,
 * so that its peak memory (resident set, native memory included, from /proc) is its own. The share
 * of the bound is taken against the tightest bound any method proved for that instance.
 */
final class Benchmark {

    static final List<String> METHODS = List.of("acogida-flow", "first-come-first-served", "glop-rounding", "cp-sat");
    /** GLOP is given instances up to this many pairs; at 10k × 500 (4.6 M) one run took 548 s and 4.4 GB (docs/benchmarks.md). */
    static final long GLOP_MAX_PAIRS = 1_000_000;
    static final double GLOP_TIME_LIMIT = 600;
    /** CP-SAT is given instances up to this many pairs (1k × 500), with a time limit. */
    static final long CP_SAT_MAX_PAIRS = 500_000;
    static final double CP_SAT_TIME_LIMIT = 60;

    record Config(int cases, int localities, boolean unit) {
        String label() {
            return String.format("%,d × %d %s", cases, localities, unit ? "unit" : "families");
        }
    }

    record Result(String method, long objective, double bound, double seconds, double peakMb, String status, long placedPersons) {}

    private Benchmark() {
    }

    static int run(Map<String, String> options, PrintStream out, PrintStream err) throws IOException {
        boolean quick = options.containsKey("quick");
        int seeds = (int) PlacementCli.number(options, "seeds", quick ? 1 : 3);
        List<Integer> sizes = quick ? List.of(1_000, 10_000) : List.of(1_000, 10_000, 100_000);
        Path report = Path.of(options.getOrDefault("report", "target/placement-bench.md"));
        List<Config> configs = new ArrayList<>();
        for (int cases : sizes) {
            for (int localities : List.of(50, 500)) {
                for (boolean unit : List.of(true, false)) {
                    configs.add(new Config(cases, localities, unit));
                }
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(machine()).append('\n');
        table.append("| instance | method | % of proven bound | seconds (mean) | seconds (max) | peak memory MB (max) | runs |\n");
        table.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Config config : configs) {
            Map<String, List<Double>> share = new LinkedHashMap<>();
            Map<String, List<Double>> seconds = new HashMap<>();
            Map<String, List<Double>> memory = new HashMap<>();
            Map<String, List<String>> statuses = new HashMap<>();
            for (int seed = 1; seed <= seeds; seed++) {
                Map<String, Result> results = new LinkedHashMap<>();
                for (String method : METHODS) {
                    long pairs = (long) config.cases() * config.localities();
                    String skipped = skipReason(method, pairs);
                    if (skipped != null) {
                        statuses.computeIfAbsent(method, m -> new ArrayList<>()).add(skipped);
                        continue;
                    }
                    err.printf(Locale.ROOT, "%s, seed %d: %s…%n", config.label(), seed, method);
                    Result result = child(config, seed, method);
                    results.put(method, result);
                    err.printf(Locale.ROOT, "  objective %d, bound %s, %.2f s, %.0f MB, %s%n", result.objective(),
                            Double.isNaN(result.bound()) ? "-" : String.format(Locale.ROOT, "%.1f", result.bound()),
                            result.seconds(), result.peakMb(), result.status());
                }
                double proven = results.values().stream().mapToDouble(Result::bound).filter(b -> !Double.isNaN(b)).min().orElse(Double.NaN);
                for (Result result : results.values()) {
                    share.computeIfAbsent(result.method(), m -> new ArrayList<>()).add(100.0 * result.objective() / proven);
                    seconds.computeIfAbsent(result.method(), m -> new ArrayList<>()).add(result.seconds());
                    memory.computeIfAbsent(result.method(), m -> new ArrayList<>()).add(result.peakMb());
                    statuses.computeIfAbsent(result.method(), m -> new ArrayList<>()).add(result.status());
                }
            }
            for (String method : METHODS) {
                List<String> status = statuses.getOrDefault(method, List.of());
                if (!share.containsKey(method)) {
                    table.append(String.format("| %s | %s | – | – | – | – | %s |%n", config.label(), method, status.isEmpty() ? "" : status.getFirst()));
                    continue;
                }
                table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.2f | %.2f | %.0f | %s |%n", config.label(), method,
                        mean(share.get(method)), mean(seconds.get(method)), max(seconds.get(method)), max(memory.get(method)),
                        String.join(", ", status.stream().distinct().toList())));
            }
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table.toString(), StandardCharsets.UTF_8);
        }
        out.print(table);
        out.println("Written to " + report);
        return 0;
    }

    private static String skipReason(String method, long pairs) {
        if (method.equals("glop-rounding") && pairs > GLOP_MAX_PAIRS) {
            return "not run: more than " + GLOP_MAX_PAIRS / 1_000_000 + " M variables";
        }
        if (method.equals("cp-sat") && pairs > CP_SAT_MAX_PAIRS) {
            return "not run: more than " + CP_SAT_MAX_PAIRS / 1000 + " k Boolean variables";
        }
        return null;
    }

    /** Runs one method on one instance in a JVM of its own and reads back its result line. */
    private static Result child(Config config, int seed, String method) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:+UseParallelGC");
        command.add("-Xmx3g");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        if (System.getProperty("loader.main") != null) {
            command.add("-Dloader.main=" + PlacementCli.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(PlacementCli.class.getName());
        }
        command.addAll(List.of("place", "bench-one", "--cases", String.valueOf(config.cases()), "--localities",
                String.valueOf(config.localities()), "--countries", "5", "--seed", String.valueOf(seed), "--method", method,
                "--time-limit", String.valueOf(method.equals("cp-sat") ? CP_SAT_TIME_LIMIT : GLOP_TIME_LIMIT)));
        if (config.unit()) {
            command.add("--unit");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Result result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("RESULT\t")) {
                    String[] f = line.split("\t");
                    result = new Result(f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), f[6], Long.parseLong(f[7]));
                }
            }
        }
        try {
            int code = process.waitFor();
            if (result == null) {
                return new Result(method, 0, Double.NaN, 0, 0, "FAILED (exit " + code + ")", 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return result;
    }

    /** One method on one generated instance; prints a tab-separated RESULT line. */
    static int runOne(Map<String, String> options, PrintStream out) {
        InstanceGenerator.Settings settings = PlacementCli.settings(options);
        Instance instance = InstanceGenerator.generate(settings);
        PlacementMethod method = PlacementCli.method(options.getOrDefault("method", "acogida-flow"), PlacementCli.number(options, "time-limit", 60));
        Plan plan = method.place(instance, PlacementMethod.Progress.SILENT);
        out.printf(Locale.ROOT, "RESULT\t%s\t%d\t%s\t%.3f\t%.1f\t%s\t%d%n", plan.method(), plan.objective(),
                Double.isNaN(plan.upperBound()) ? "NaN" : String.format(Locale.ROOT, "%.3f", plan.upperBound()), plan.seconds(),
                peakResidentMb(), plan.status(), plan.placedPersons());
        return 0;
    }

    /** The process's peak resident set (VmHWM): heap, native libraries and native allocations alike. */
    static double peakResidentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // Not Linux: the CPU stays unnamed in the report.
        }
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %.0f GiB RAM, Java %s, child JVMs -Xmx3g -XX:+UseParallelGC.%n",
                Runtime.getRuntime().availableProcessors(), cpu, totalMemoryGib(), Runtime.version());
    }

    private static double totalMemoryGib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static double mean(List<Double> values) {
        OptionalDouble mean = values.stream().mapToDouble(Double::doubleValue).average();
        return mean.orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
