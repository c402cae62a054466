package org.acogida.flights.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.acogida.flights.manifest.ManifestProblem.Code;
import org.junit.jupiter.api.Test;

/**
 * Every hostile or broken file gets a clear problem with its row, field and code, never an
 * exception, and nothing of a broken file counts as valid.
 */
class HostileManifestsTest {

    static ManifestValidator.Result validate(byte[] bytes, String name) {
        ManifestReader.RawManifest raw = ManifestReader.read(bytes, name);
        if (!raw.readable()) {
            return new ManifestValidator.Result(List.of(), raw.problems(), 0);
        }
        return ManifestValidator.validate(raw.rows(), ManifestFiles.FLIGHT);
    }

    static List<Code> codes(ManifestValidator.Result result) {
        return result.problems().stream().map(ManifestProblem::code).toList();
    }

    @Test
    void aGoodManifestIsValidAndKeepsNamesExactly() {
        String csv = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "Ñúñez Çağlar", "Zoë", "1990-01-02", "Guatemala") + "\n"
                + ManifestFiles.line(2, "王", "秀英", "1985-05-05", "CHN") + "\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).extracting(Passenger::lastNames).containsExactly("Ñúñez Çağlar", "王");
        assertThat(result.valid()).extracting(Passenger::citizenship).containsExactly("GTM", "CHN");
    }

    @Test
    void spanishHeadersSemicolonsBomAndDayFirstDatesAreAccepted() {
        String csv = "\uFEFFnúmero de misión;fecha vuelo;aeropuerto salida;aeropuerto llegada;id pasajero;apellidos;nombres;"
                + "fecha de nacimiento;sexo;nacionalidad\nIAO-TEST-1;01/12/2026;AEX;GUA;P1;Pérez;Ana;15/03/1992;femenino;Guatemala\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid().getFirst().dateOfBirth()).hasToString("1992-03-15");
    }

    @Test
    void aLatin1FileIsNotUtf8() {
        byte[] latin1 = (ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "Núñez", "José", "1990-01-01", "GTM")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(codes(validate(latin1, "m.csv"))).containsExactly(Code.NOT_UTF8);
        assertThat(validate(latin1, "m.csv").problems().getFirst().arguments()).containsExactly("2");
    }

    @Test
    void unbalancedQuotesAreReported() {
        String csv = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "\"García", "Ana", "1990-01-01", "GTM") + "\n";
        assertThat(codes(validate(ManifestFiles.utf8(csv), "m.csv"))).containsExactly(Code.UNBALANCED_QUOTES);
    }

    @Test
    void formulasAndMarkupAreRefusedInTheirField() {
        String csv = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "=HYPERLINK(\"http://x\")", "Ana", "1990-01-01", "GTM") + "\n"
                + ManifestFiles.line(2, "+Cruz", "Ana", "1990-01-01", "GTM") + "\n"
                + ManifestFiles.line(3, "-Cruz", "Ana", "1990-01-01", "GTM") + "\n"
                + ManifestFiles.line(4, "@Cruz", "Ana", "1990-01-01", "GTM") + "\n"
                + ManifestFiles.line(5, "<script>alert(1)</script>", "Ana", "1990-01-01", "GTM") + "\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).extracting(ManifestProblem::row, ManifestProblem::field, ManifestProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "last_names", Code.FORMULA), org.assertj.core.groups.Tuple.tuple(3, "last_names", Code.FORMULA),
                org.assertj.core.groups.Tuple.tuple(4, "last_names", Code.FORMULA), org.assertj.core.groups.Tuple.tuple(5, "last_names", Code.FORMULA),
                org.assertj.core.groups.Tuple.tuple(6, "last_names", Code.MARKUP));
    }

    @Test
    void aTenThousandCharacterFieldIsTooLong() {
        String csv = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "A".repeat(10_000), "Ana", "1990-01-01", "GTM") + "\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(result.problems().getFirst().code()).isEqualTo(Code.TOO_LONG);
        assertThat(result.problems().getFirst().arguments()).containsExactly("10000", "200");
    }

    @Test
    void impossibleAndFutureDatesAreNamed() {
        String csv = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "Cruz", "Ana", "30/02/2025", "GTM") + "\n"
                + ManifestFiles.line(2, "Cruz", "Ana", "2027-01-01", "GTM") + "\n"
                + ManifestFiles.line(3, "Cruz", "Ana", "1st May", "GTM") + "\n";
        assertThat(codes(validate(ManifestFiles.utf8(csv), "m.csv")))
                .containsExactly(Code.DATE_INVALID, Code.BORN_AFTER_FLIGHT, Code.DATE_FORMAT);
    }

    @Test
    void everyProblemOfEveryRowIsCollected() {
        String csv = ManifestFiles.HEADER + "\n"
                + String.join(",", "IAO-OTHER", "2026-12-05", "HRL", "SAP", "P1", "", "Ana", "1990-01-01", "Q", "Atlantis", "", "", "", "maybe", "", "") + "\n"
                + ManifestFiles.line(2, "Cruz", "Ana", "1990-01-01", "GTM") + "\n"
                + ManifestFiles.line(2, "Cruz", "Ana", "1990-01-01", "GTM") + "\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(codes(result)).containsExactly(Code.MISSION_MISMATCH, Code.DATE_MISMATCH, Code.PICKUP_MISMATCH, Code.DROPOFF_MISMATCH,
                Code.REQUIRED, Code.SEX_UNKNOWN, Code.CITIZENSHIP_UNKNOWN, Code.YES_NO, Code.DUPLICATE_PASSENGER);
        assertThat(result.valid()).hasSize(1);
    }

    @Test
    void anUnaccompaniedAdultIsRefused() {
        String line = ManifestFiles.line(1, "Cruz", "Ana", "1990-01-01", "GTM").replace(",no,no,", ",no,yes,");
        assertThat(codes(validate(ManifestFiles.utf8(ManifestFiles.HEADER + "\n" + line + "\n"), "m.csv")))
                .containsExactly(Code.UNACCOMPANIED_NOT_JUVENILE);
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = "mission_number,flight_date,pickup_airport,dropoff_airport,passenger_id,last_names,first_names,sex,citizenship\n";
        ManifestValidator.Result result = validate(ManifestFiles.utf8(csv), "m.csv");
        assertThat(result.problems()).extracting(ManifestProblem::field).containsExactly("date_of_birth");
    }

    @Test
    void tooLargeAndTooLongFilesAreRefusedWithTheirLimit() {
        byte[] large = new byte[ManifestReader.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        assertThat(codes(validate(large, "m.csv"))).containsExactly(Code.FILE_TOO_LARGE);
        assertThat(codes(validate(ManifestFiles.utf8(ManifestFiles.good(ManifestReader.MAX_ROWS + 1)), "m.csv"))).containsExactly(Code.TOO_MANY_ROWS);
    }

    @Test
    void anXlsxManifestReads() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList(ManifestFiles.HEADER.split(",")));
        rows.add(Arrays.asList(ManifestFiles.line(1, "Tzul", "Juana", "1988-11-30", "GTM").split(",", -1)));
        ManifestValidator.Result result = validate(ManifestFiles.xlsx(rows), "manifest.xlsx");
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid().getFirst().lastNames()).isEqualTo("Tzul");
    }

    @Test
    void aZipBombXlsxIsRefusedNotExpanded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(ManifestReader.MAX_BYTES);
        ManifestValidator.Result result = validate(bytes.toByteArray(), "bomb.xlsx");
        assertThat(codes(result)).containsAnyOf(Code.XLSX_UNSAFE, Code.UNREADABLE);
        assertThat(result.valid()).isEmpty();
    }

    @Test
    void theSameManifestInAnotherOrderHasTheSameFingerprint() {
        String a = ManifestFiles.HEADER + "\n" + ManifestFiles.line(1, "A", "B", "1990-01-01", "GTM") + "\n" + ManifestFiles.line(2, "C", "D", "1991-01-01", "GTM") + "\n";
        String b = ManifestFiles.HEADER + "\n" + ManifestFiles.line(2, "C", "D", "1991-01-01", "GTM") + "\n" + ManifestFiles.line(1, "A", "B", "1990-01-01", "GTM") + "\n";
        assertThat(validate(ManifestFiles.utf8(a), "a.csv").contentHash()).isEqualTo(validate(ManifestFiles.utf8(b), "b.csv").contentHash());
    }
}
