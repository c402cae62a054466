package org.acogida.reception.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.acogida.coalition.CountryNames;

/**
 * Reads the machine-readable zone of a passport (ICAO Doc 9303 part 4, TD3: two lines of 44
 * characters) or of an identity card (part 5, TD1: three lines of 30), typed or pasted by an
 * officer, and verifies every check digit. A zone with a wrong check digit is refused field by
 * field: a mistyped character would otherwise register the wrong person.
 */
public final class MachineReadableZone {

    static final int TD3_LINE = 44;
    static final int TD1_LINE = 30;
    private static final int[] WEIGHTS = {7, 3, 1};
    /** ICAO codes that are not ISO 3166-1 alpha-3 country codes, for the states that use them. */
    private static final Map<String, String> ICAO_ONLY = Map.of("D", "DEU", "GBD", "GBR", "GBN", "GBR", "GBO", "GBR", "GBS", "GBR",
            "GBP", "GBR", "RKS", "XKX");

    /** What the zone says, with the field names of the registration form. */
    public record Reading(String format, String documentType, String issuer, String documentNumber, String lastNames, String firstNames,
                          String nationality, LocalDate dateOfBirth, String sex, LocalDate expiresOn) {}

    /** A field of the zone that could not be read: which, and a message key with its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {}

    public sealed interface Result {
        record Read(Reading reading) implements Result {}

        record Unreadable(List<Problem> problems) implements Result {}
    }

    private MachineReadableZone() {
    }

    /** Reads a zone as typed: lines separated by line breaks, or run together; case, spaces and « for < tolerated. */
    public static Result read(String typed, LocalDate today) {
        List<String> lines = lines(typed == null ? "" : typed);
        if (lines.size() == 2 && lines.get(0).length() == TD3_LINE && lines.get(1).length() == TD3_LINE) {
            return td3(lines.get(0), lines.get(1), today);
        }
        if (lines.size() == 3 && lines.stream().allMatch(l -> l.length() == TD1_LINE)) {
            return td1(lines.get(0), lines.get(1), lines.get(2), today);
        }
        return unreadable(new Problem("mrz", "mrz.shape", List.of()));
    }

    private static List<String> lines(String typed) {
        String cleaned = typed.toUpperCase(Locale.ROOT).replace('«', '<').replaceAll("[ \\t]", "");
        List<String> lines = new ArrayList<>(cleaned.lines().filter(l -> !l.isEmpty()).toList());
        if (lines.size() == 1) {
            String all = lines.getFirst();
            if (all.length() == 2 * TD3_LINE) {
                return List.of(all.substring(0, TD3_LINE), all.substring(TD3_LINE));
            }
            if (all.length() == 3 * TD1_LINE) {
                return List.of(all.substring(0, TD1_LINE), all.substring(TD1_LINE, 2 * TD1_LINE), all.substring(2 * TD1_LINE));
            }
        }
        return lines;
    }

    private static Result td3(String first, String second, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkCharacters(first + second, problems);
        if (!problems.isEmpty()) {
            return unreadable(problems);
        }
        String number = second.substring(0, 9);
        check(number, second.charAt(9), "documentNumber", problems);
        check(second.substring(13, 19), second.charAt(19), "dateOfBirth", problems);
        check(second.substring(21, 27), second.charAt(27), "expiresOn", problems);
        String optional = second.substring(28, 42);
        if (second.charAt(42) != '<' || !optional.chars().allMatch(c -> c == '<')) {
            check(optional, second.charAt(42), "personalNumber", problems);
        }
        check(second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 43), second.charAt(43), "mrz", problems);
        return reading("TD3", first.substring(0, 2), first.substring(2, 5), number, first.substring(5), second.substring(10, 13),
                second.substring(13, 19), second.charAt(20), second.substring(21, 27), today, problems);
    }

    private static Result td1(String first, String second, String third, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkCharacters(first + second + third, problems);
        if (!problems.isEmpty()) {
            return unreadable(problems);
        }
        String number = first.substring(5, 14);
        if (first.charAt(14) == '<') {
            // A number longer than nine characters goes on in the optional data, its check digit last before the filler.
            String rest = first.substring(15, 30);
            int end = rest.indexOf('<');
            String extension = end < 0 ? rest : rest.substring(0, end);
            if (extension.length() < 2) {
                problems.add(new Problem("documentNumber", "mrz.check-digit-missing", List.of()));
            } else {
                number = number + extension.substring(0, extension.length() - 1);
                check(number, extension.charAt(extension.length() - 1), "documentNumber", problems);
            }
        } else {
            check(number, first.charAt(14), "documentNumber", problems);
        }
        check(second.substring(0, 6), second.charAt(6), "dateOfBirth", problems);
        check(second.substring(8, 14), second.charAt(14), "expiresOn", problems);
        check(first.substring(5, 30) + second.substring(0, 7) + second.substring(8, 15) + second.substring(18, 29), second.charAt(29), "mrz",
                problems);
        return reading("TD1", first.substring(0, 2), first.substring(2, 5), number, third, second.substring(15, 18), second.substring(0, 6),
                second.charAt(7), second.substring(8, 14), today, problems);
    }

    private static Result reading(String format, String code, String issuerCode, String number, String names, String nationalityCode,
                                  String born, char sexCode, String expiry, LocalDate today, List<Problem> problems) {
        Optional<String> issuer = country(issuerCode, "documentIssuer", problems);
        Optional<String> nationality = country(nationalityCode, "nationality", problems);
        LocalDate dateOfBirth = date(born, "dateOfBirth", true, today, problems);
        LocalDate expiresOn = date(expiry, "expiresOn", false, today, problems);
        String sex = switch (sexCode) {
            case 'F' -> "F";
            case 'M' -> "M";
            case '<', 'X' -> "X";
            default -> {
                problems.add(new Problem("sex", "mrz.sex", List.of(String.valueOf(sexCode))));
                yield null;
            }
        };
        String[] parts = names.split("<<", 2);
        String lastNames = spaced(parts[0]);
        String firstNames = parts.length > 1 ? spaced(parts[1]) : "";
        if (lastNames.isEmpty()) {
            problems.add(new Problem("lastNames", "mrz.no-name", List.of()));
        }
        if (!problems.isEmpty()) {
            return unreadable(problems);
        }
        String type = code.charAt(0) == 'P' ? "PASSPORT" : "ID_CARD";
        return new Result.Read(new Reading(format, type, issuer.orElseThrow(), number.replace("<", ""), lastNames, firstNames,
                nationality.orElseThrow(), dateOfBirth, sex, expiresOn));
    }

    /** The ICAO 9303 check digit: each character's value (0-9, A=10 … Z=35, < = 0) times 7, 3, 1 repeating, modulo 10. */
    static int checkDigit(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }

    private static void check(String field, char digit, String name, List<Problem> problems) {
        int expected = checkDigit(field);
        int given = digit == '<' ? 0 : digit - '0';
        if (digit != '<' && (digit < '0' || digit > '9')) {
            problems.add(new Problem(name, "mrz.check-digit-not-digit", List.of(String.valueOf(digit))));
        } else if (given != expected) {
            problems.add(new Problem(name, "mrz.check-digit", List.of(String.valueOf(digit), expected)));
        }
    }

    private static void checkCharacters(String zone, List<Problem> problems) {
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && c != '<') {
                problems.add(new Problem("mrz", "mrz.character", List.of(String.valueOf(c))));
                return;
            }
        }
    }

    private static Optional<String> country(String code, String field, List<Problem> problems) {
        String trimmed = code.replace("<", "");
        Optional<String> iso = Optional.ofNullable(ICAO_ONLY.get(trimmed)).or(() -> CountryNames.resolve(trimmed));
        if (iso.isEmpty()) {
            problems.add(new Problem(field, "mrz.country", List.of(code)));
        }
        return iso;
    }

    /**
     * A YYMMDD date. The zone has no century: a date of birth is in the last hundred years (never in
     * the future), an expiry date within fifty years either side of today.
     */
    private static LocalDate date(String yymmdd, String field, boolean birth, LocalDate today, List<Problem> problems) {
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            problems.add(new Problem(field, "mrz.date", List.of(yymmdd)));
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (birth && year > today.getYear()) {
            year -= 100;
        } else if (!birth && year < today.getYear() - 50) {
            year += 100;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            problems.add(new Problem(field, "mrz.date", List.of(yymmdd)));
            return null;
        }
    }

    private static String spaced(String field) {
        return field.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    private static Result unreadable(Problem problem) {
        return new Result.Unreadable(List.of(problem));
    }

    private static Result unreadable(List<Problem> problems) {
        return new Result.Unreadable(List.copyOf(problems));
    }
}
