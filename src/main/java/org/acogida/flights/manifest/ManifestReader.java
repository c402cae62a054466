package org.acogida.flights.manifest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an uploaded file into rows of named cells, or into the reason it cannot: too large, not
 * UTF-8, quotes left open, an XLSX that expands like a zip bomb. CSV may be comma- or
 * semicolon-separated, with or without a byte-order mark; headers may be English or Spanish.
 * Nothing here interprets a value: {@link ManifestValidator} does.
 */
public final class ManifestReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 500;

    /** Rows as read: each a map from canonical column to the text in the cell, with its row number in the file. */
    public record RawManifest(List<RawRow> rows, List<ManifestProblem> problems, String format) {
        public boolean readable() {
            return problems.isEmpty();
        }
    }

    public record RawRow(int row, Map<String, String> cells) {}

    static {
        // A compressed XLSX part may expand at most 100 times, and to at most 20 MB: beyond, it is a zip bomb.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private ManifestReader() {
    }

    public static RawManifest read(byte[] content, String fileName) {
        if (content.length > MAX_BYTES) {
            return failed(ManifestProblem.Code.FILE_TOO_LARGE, content.length / 1024, MAX_BYTES / 1024);
        }
        if (content.length == 0) {
            return failed(ManifestProblem.Code.EMPTY_FILE);
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (zip || name.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        if (name.isEmpty() || name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(content);
        }
        return failed(ManifestProblem.Code.UNKNOWN_FORMAT, fileName);
    }

    private static RawManifest readCsv(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
            CharBuffer chars = decoder.decode(bytes);
            text = chars.toString();
        } catch (MalformedInputException e) {
            int line = lineOfByte(content, firstInvalidUtf8(content, start));
            return failed(ManifestProblem.Code.NOT_UTF8, line);
        } catch (CharacterCodingException e) {
            return failed(ManifestProblem.Code.NOT_UTF8, 1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<ManifestProblem> missing = missingColumns(columns);
            if (!missing.isEmpty()) {
                return new RawManifest(List.of(), missing, "CSV");
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return failed(ManifestProblem.Code.TOO_MANY_ROWS, MAX_ROWS);
                }
                Map<String, String> cells = new HashMap<>();
                for (Map.Entry<String, String> column : columns.entrySet()) {
                    cells.put(column.getValue(), record.isSet(column.getKey()) ? record.get(column.getKey()) : "");
                }
                rows.add(new RawRow((int) record.getRecordNumber() + 1, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return failed(e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("encapsulated")
                    ? ManifestProblem.Code.UNBALANCED_QUOTES : ManifestProblem.Code.UNREADABLE, rows.size() + 2);
        }
        return new RawManifest(rows, List.of(), "CSV");
    }

    private static RawManifest readXlsx(byte[] content) {
        List<RawRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return failed(ManifestProblem.Code.EMPTY_FILE);
            }
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < header.getLastCellNum(); i++) {
                Cell cell = header.getCell(i);
                headers.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            Map<String, String> columns = columns(headers);
            List<ManifestProblem> missing = missingColumns(columns);
            if (!missing.isEmpty()) {
                return new RawManifest(List.of(), missing, "XLSX");
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    return failed(ManifestProblem.Code.TOO_MANY_ROWS, MAX_ROWS);
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    String column = columns.get(headers.get(i));
                    if (column != null) {
                        cells.put(column, text(row.getCell(i), formatter));
                    }
                }
                rows.add(new RawRow(r + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            boolean bomb = message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")
                    || message.contains("text size");
            return failed(bomb ? ManifestProblem.Code.XLSX_UNSAFE : ManifestProblem.Code.UNREADABLE, 0);
        }
        return new RawManifest(rows, List.of(), "XLSX");
    }

    /** A date cell reads as an ISO date; every other cell as the text Excel shows. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            return date.toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Header text → canonical column, for the headers that name one. */
    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            ManifestColumns.columnFor(header).ifPresent(column -> columns.putIfAbsent(header, column));
        }
        return columns;
    }

    private static List<ManifestProblem> missingColumns(Map<String, String> columns) {
        return ManifestColumns.REQUIRED.stream().filter(required -> !columns.containsValue(required))
                .map(required -> ManifestProblem.of(1, required, ManifestProblem.Code.MISSING_COLUMN, required)).toList();
    }

    private static RawManifest failed(ManifestProblem.Code code, Object... arguments) {
        return new RawManifest(List.of(), List.of(ManifestProblem.of(0, "", code, arguments)), "");
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static int firstInvalidUtf8(byte[] content, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        decoder.decode(bytes, out, true);
        return bytes.position();
    }

    private static int lineOfByte(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
