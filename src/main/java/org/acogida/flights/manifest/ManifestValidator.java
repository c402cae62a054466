package org.acogida.flights.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.acogida.coalition.CountryNames;
import org.acogida.coalition.MemberFacts;

/**
 * Checks every cell of every row and collects every problem, each with its row, field and code;
 * nothing stops at the first. Small checks, each about one field, composed in {@link #validate}.
 */
public final class ManifestValidator {

    /** What the manifest must agree with: the flight it is for. */
    public record FlightContext(String missionNumber, LocalDate departureDate, LocalDate arrivalDate, String pickupAirport,
                                String dropoffPoint) {}

    public record Result(List<Passenger> valid, List<ManifestProblem> problems, int rows) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public Set<Integer> rowsWithProblems() {
            Set<Integer> rows = new TreeSet<>();
            problems.forEach(p -> rows.add(p.row()));
            return rows;
        }

        /** A fingerprint of the valid passengers, whatever their order: the same manifest twice has the same hash. */
        public String contentHash() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                valid.stream().sorted(Comparator.comparing(Passenger::passengerId))
                        .forEach(p -> digest.update((p.canonical() + "\n").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }

    static final int NAME_LENGTH = 200;
    static final int ID_LENGTH = 40;
    static final int NOTES_LENGTH = 500;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private ManifestValidator() {
    }

    public static Result validate(List<ManifestReader.RawRow> rows, FlightContext flight) {
        List<ManifestProblem> problems = new ArrayList<>();
        List<Passenger> valid = new ArrayList<>();
        Set<String> passengerIds = new HashSet<>();
        // Minors are counted by the law of the member the flight lands in, whose arrival point is its drop-off.
        MemberFacts member = MemberFacts.atArrivalPoint(flight.dropoffPoint());
        for (ManifestReader.RawRow raw : rows) {
            RowCheck row = new RowCheck(raw, problems);
            row.mustEqual("mission_number", flight.missionNumber(), ManifestProblem.Code.MISSION_MISMATCH);
            LocalDate flightDate = row.date("flight_date", true);
            if (flightDate != null && !flightDate.equals(flight.departureDate()) && !flightDate.equals(flight.arrivalDate())) {
                row.problem("flight_date", ManifestProblem.Code.DATE_MISMATCH, flightDate, flight.departureDate());
            }
            row.mustEqual("pickup_airport", flight.pickupAirport(), ManifestProblem.Code.PICKUP_MISMATCH);
            row.mustEqual("dropoff_airport", flight.dropoffPoint(), ManifestProblem.Code.DROPOFF_MISMATCH);
            String passengerId = row.text("passenger_id", true, ID_LENGTH);
            if (passengerId != null && !passengerIds.add(passengerId)) {
                row.problem("passenger_id", ManifestProblem.Code.DUPLICATE_PASSENGER, passengerId);
            }
            String lastNames = row.text("last_names", true, NAME_LENGTH);
            String firstNames = row.text("first_names", true, NAME_LENGTH);
            LocalDate born = row.date("date_of_birth", true);
            LocalDate reference = flight.arrivalDate();
            if (born != null && born.isAfter(reference)) {
                row.problem("date_of_birth", ManifestProblem.Code.BORN_AFTER_FLIGHT, born, reference);
                born = null;
            } else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
                row.problem("date_of_birth", ManifestProblem.Code.BORN_TOO_EARLY, born);
                born = null;
            }
            String sex = row.sex("sex");
            String citizenship = row.citizenship("citizenship");
            String documentType = row.text("document_type", false, 30);
            String documentNumber = row.text("document_number", false, ID_LENGTH);
            String familyUnit = row.text("family_unit_id", false, ID_LENGTH);
            Boolean juvenileGiven = row.yesNo("juvenile");
            Boolean unaccompanied = row.yesNo("unaccompanied");
            String medical = row.text("medical_notes", false, NOTES_LENGTH);
            boolean minor = born != null && member.minorOn(born, reference);
            if (born != null && juvenileGiven != null && juvenileGiven != minor) {
                row.problem("juvenile", ManifestProblem.Code.JUVENILE_AGE, Period.between(born, reference).getYears());
            }
            if (born != null && Boolean.TRUE.equals(unaccompanied) && !minor) {
                row.problem("unaccompanied", ManifestProblem.Code.UNACCOMPANIED_NOT_JUVENILE, Period.between(born, reference).getYears());
            }
            if (!row.failed) {
                valid.add(new Passenger(raw.row(), passengerId, lastNames, firstNames, born, sex, citizenship, documentType,
                        documentNumber, familyUnit, minor, Boolean.TRUE.equals(unaccompanied), medical));
            }
        }
        return new Result(List.copyOf(valid), List.copyOf(problems), rows.size());
    }

    /** The checks on one row's cells; records each problem against the row. */
    private static final class RowCheck {
        private final ManifestReader.RawRow raw;
        private final List<ManifestProblem> problems;
        boolean failed;

        RowCheck(ManifestReader.RawRow raw, List<ManifestProblem> problems) {
            this.raw = raw;
            this.problems = problems;
        }

        void problem(String field, ManifestProblem.Code code, Object... arguments) {
            problems.add(ManifestProblem.of(raw.row(), field, code, arguments));
            failed = true;
        }

        /** The cell's text, checked for length, spreadsheet formulas, markup and control characters; null if empty or bad. */
        String text(String field, boolean required, int maxLength) {
            String value = raw.cells().getOrDefault(field, "");
            if (value.length() > maxLength) {
                problem(field, ManifestProblem.Code.TOO_LONG, value.length(), maxLength);
                return null;
            }
            value = value.strip();
            if (value.isEmpty()) {
                if (required) {
                    problem(field, ManifestProblem.Code.REQUIRED);
                }
                return null;
            }
            if ("=+-@".indexOf(value.charAt(0)) >= 0) {
                problem(field, ManifestProblem.Code.FORMULA, value.charAt(0));
                return null;
            }
            if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
                problem(field, ManifestProblem.Code.MARKUP);
                return null;
            }
            if (CONTROL.matcher(value).find()) {
                problem(field, ManifestProblem.Code.CONTROL_CHARACTERS);
                return null;
            }
            return value;
        }

        void mustEqual(String field, String expected, ManifestProblem.Code code) {
            String value = text(field, true, ID_LENGTH);
            if (value != null && !value.equalsIgnoreCase(expected)) {
                problem(field, code, value, expected);
            }
        }

        LocalDate date(String field, boolean required) {
            String value = text(field, required, 10);
            if (value == null) {
                return null;
            }
            boolean iso = value.matches("\\d{4}-\\d{2}-\\d{2}");
            boolean dayFirst = value.matches("\\d{2}/\\d{2}/\\d{4}");
            if (!iso && !dayFirst) {
                problem(field, ManifestProblem.Code.DATE_FORMAT, value);
                return null;
            }
            try {
                return LocalDate.parse(value, iso ? ISO : DAY_MONTH_YEAR);
            } catch (DateTimeException e) {
                problem(field, ManifestProblem.Code.DATE_INVALID, value);
                return null;
            }
        }

        String sex(String field) {
            String value = text(field, true, 20);
            if (value == null) {
                return null;
            }
            String sex = switch (value.toLowerCase(Locale.ROOT)) {
                case "f", "female", "femenino", "mujer" -> "F";
                case "m", "male", "masculino", "hombre" -> "M";
                case "x", "other", "otro", "no binario", "non-binary" -> "X";
                default -> null;
            };
            if (sex == null) {
                problem(field, ManifestProblem.Code.SEX_UNKNOWN, value);
            }
            return sex;
        }

        String citizenship(String field) {
            String value = text(field, true, 60);
            if (value == null) {
                return null;
            }
            return CountryNames.resolve(value).orElseGet(() -> {
                problem(field, ManifestProblem.Code.CITIZENSHIP_UNKNOWN, value);
                return null;
            });
        }

        Boolean yesNo(String field) {
            String value = text(field, false, 10);
            if (value == null) {
                return null;
            }
            Boolean answer = switch (value.toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true", "1", "s", "si", "sí", "x" -> Boolean.TRUE;
                case "n", "no", "false", "0" -> Boolean.FALSE;
                default -> null;
            };
            if (answer == null) {
                problem(field, ManifestProblem.Code.YES_NO, value);
            }
            return answer;
        }
    }

    /** Cells by canonical column, for rows that arrive as JSON through the API. */
    public static ManifestReader.RawRow row(int number, Map<String, String> cells) {
        return new ManifestReader.RawRow(number, cells);
    }
}
