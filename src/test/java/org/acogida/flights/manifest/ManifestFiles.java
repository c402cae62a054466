package org.acogida.flights.manifest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Manifest files for tests: a good one for flight IAO-TEST-1 (AEX → GUA, 2026-12-01), and ways to spoil it. */
public final class ManifestFiles {

    public static final ManifestValidator.FlightContext FLIGHT = new ManifestValidator.FlightContext("IAO-TEST-1",
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "AEX", "GUA");
    public static final String HEADER = "mission_number,flight_date,pickup_airport,dropoff_airport,passenger_id,last_names,first_names,"
            + "date_of_birth,sex,citizenship,document_type,document_number,family_unit_id,juvenile,unaccompanied,medical_notes";

    private ManifestFiles() {
    }

    /** A passenger line; fields may be replaced by the caller. */
    public static String line(int n, String lastNames, String firstNames, String born, String citizenship) {
        return String.join(",", "IAO-TEST-1", "2026-12-01", "AEX", "GUA", "P" + n, lastNames, firstNames, born, "F", citizenship,
                "PASSPORT", "G" + (1000 + n), "", "no", "no", "");
    }

    public static String good(int passengers) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= passengers; i++) {
            csv.append(line(i, "García López", "María José", "1990-0" + (1 + i % 9) + "-1" + (i % 9), "GTM")).append('\n');
        }
        return csv.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("manifest");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
