package org.acogida.coalition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A sourced reference table shipped on the classpath under reference/, read once with its header. */
final class ReferenceFile {

    private ReferenceFile() {
    }

    static List<CSVRecord> rows(String name) {
        String path = "/reference/" + name;
        InputStream in = ReferenceFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The reference file " + path + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference file " + path, e);
        }
    }
}
