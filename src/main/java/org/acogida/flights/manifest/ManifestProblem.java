package org.acogida.flights.manifest;

import java.util.List;

/**
 * One thing wrong with a manifest: the row (0 for the file as a whole, 1 for the header), the
 * field, a stable code and the values for the message, which is looked up in the user's language.
 */
public record ManifestProblem(int row, String field, Code code, List<String> arguments) {

    public enum Code {
        FILE_TOO_LARGE, TOO_MANY_ROWS, EMPTY_FILE, NOT_UTF8, UNBALANCED_QUOTES, UNREADABLE, XLSX_UNSAFE, UNKNOWN_FORMAT,
        MISSING_COLUMN, REQUIRED, TOO_LONG, FORMULA, MARKUP, CONTROL_CHARACTERS, DATE_FORMAT, DATE_INVALID,
        BORN_AFTER_FLIGHT, BORN_TOO_EARLY, SEX_UNKNOWN, CITIZENSHIP_UNKNOWN, YES_NO, MISSION_MISMATCH, DATE_MISMATCH,
        PICKUP_MISMATCH, DROPOFF_MISMATCH, DUPLICATE_PASSENGER, UNACCOMPANIED_NOT_JUVENILE, JUVENILE_AGE;

        public String messageKey() {
            return "manifest.problem." + name();
        }
    }

    public static ManifestProblem of(int row, String field, Code code, Object... arguments) {
        return new ManifestProblem(row, field, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String messageKey() {
        return code.messageKey();
    }
}
