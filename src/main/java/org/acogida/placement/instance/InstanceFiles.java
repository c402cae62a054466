package org.acogida.placement.instance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.InstanceBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The canonical instance format: a folder with {@code quotas.csv} (country,quota),
 * {@code localities.csv} (locality_id,country,capacity), {@code cases.csv} (case_id,size) and
 * {@code scores.csv} (case_id,locality_id,score). Reading checks everything and reports every
 * problem (up to {@value #MAX_PROBLEMS}) with its file and line; nothing half-read is returned.
 */
public final class InstanceFiles {

    static final int MAX_PROBLEMS = 20;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private InstanceFiles() {
    }

    public static Instance read(Path folder) {
        Reading reading = new Reading();
        reading.file(folder, "quotas.csv", List.of("country", "quota"), row ->
                reading.builder.country(reading.text(row, "country"), reading.whole(row, "quota")));
        reading.file(folder, "localities.csv", List.of("locality_id", "country", "capacity"), row ->
                reading.builder.locality(reading.text(row, "locality_id"), reading.text(row, "country"), reading.whole(row, "capacity")));
        reading.file(folder, "cases.csv", List.of("case_id", "size"), row ->
                reading.builder.addCase(reading.text(row, "case_id"), reading.whole(row, "size")));
        reading.stopIfProblems();
        reading.file(folder, "scores.csv", List.of("case_id", "locality_id", "score"), row -> {
            int c = reading.builder.caseIndex(reading.text(row, "case_id"));
            int a = reading.builder.localityIndex(reading.text(row, "locality_id"));
            int score = reading.whole(row, "score");
            reading.once(c, a);
            reading.builder.pair(c, a, score);
        });
        reading.stopIfProblems();
        return reading.builder.build();
    }

    /** What reading one folder has found so far. */
    private static final class Reading {
        final InstanceBuilder builder = new InstanceBuilder();
        final List<String> problems = new ArrayList<>();
        final BitSet pairs = new BitSet();
        final Set<Long> widePairs = new HashSet<>();
        String file;
        long line;
        int localities = -1;

        interface Row {
            void read(CSVRecord row);
        }

        void file(Path folder, String name, List<String> columns, Row reader) {
            file = name;
            Path path = folder.resolve(name);
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                 CSVParser parser = FORMAT.parse(in)) {
                List<String> header = parser.getHeaderNames();
                List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
                if (!missing.isEmpty()) {
                    problem(1, "the header lacks " + String.join(", ", missing) + " (expected " + String.join(",", columns) + ")");
                    return;
                }
                for (CSVRecord row : parser) {
                    line = row.getRecordNumber() + 1;
                    if (!row.isConsistent()) {
                        problem(line, "expected " + header.size() + " values, found " + row.size());
                        continue;
                    }
                    try {
                        reader.read(row);
                    } catch (IllegalArgumentException e) {
                        problem(line, e.getMessage());
                    }
                    if (problems.size() >= MAX_PROBLEMS) {
                        throw new InstanceProblems(problems);
                    }
                }
            } catch (NoSuchFileException e) {
                problems.add(name + ": the file is missing from " + folder);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(name + ": cannot be read (" + e.getMessage() + ")");
            }
        }

        String text(CSVRecord row, String column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return value;
        }

        int whole(CSVRecord row, String column) {
            String value = row.get(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " '" + value + "' is not a whole number");
            }
        }

        void once(int c, int a) {
            if (localities < 0) {
                localities = Math.max(1, builder.localityCount());
            }
            long key = (long) c * localities + a;
            boolean repeated = key <= Integer.MAX_VALUE ? pairs.get((int) key) : !widePairs.add(key);
            if (repeated) {
                throw new IllegalArgumentException("the pair " + builder.caseId(c) + "," + builder.localityId(a) + " appears twice");
            }
            if (key <= Integer.MAX_VALUE) {
                pairs.set((int) key);
            }
        }

        void problem(long atLine, String message) {
            problems.add(file + " line " + atLine + ": " + message);
        }

        void stopIfProblems() {
            if (!problems.isEmpty()) {
                throw new InstanceProblems(problems);
            }
        }
    }

    public static void write(Instance in, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (CSVPrinter out = printer(folder.resolve("quotas.csv"), "country", "quota")) {
            for (int k = 0; k < in.countries(); k++) {
                out.printRecord(in.countryCode(k), in.quota(k));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("localities.csv"), "locality_id", "country", "capacity")) {
            for (int a = 0; a < in.localities(); a++) {
                out.printRecord(in.localityId(a), in.countryCode(in.countryOf(a)), in.capacity(a));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("cases.csv"), "case_id", "size")) {
            for (int c = 0; c < in.cases(); c++) {
                out.printRecord(in.caseId(c), in.size(c));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("scores.csv"), "case_id", "locality_id", "score")) {
            for (int c = 0; c < in.cases(); c++) {
                for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                    out.printRecord(in.caseId(c), in.localityId(in.pairLocality(p)), in.pairScore(p));
                }
            }
        }
    }

    static CSVPrinter printer(Path file, String... header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
    }
}
