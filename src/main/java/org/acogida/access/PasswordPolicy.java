package org.acogida.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B: long rather than complicated (15 to 128
 * characters, any characters, spaces allowed), and not one that attackers try first: a common
 * password or two of them joined, a repeated pattern, or the user's own name.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 15;
    public static final int MAXIMUM_LENGTH = 128;
    /** Fewer distinct characters than this reads as a pattern ("aaaabbbbcccc…"), not a secret. */
    private static final int MINIMUM_DISTINCT_CHARACTERS = 5;

    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, REPETITIVE, CONTAINS_NAME;

        public String messageKey() {
            return "password.problem." + name();
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    public List<Problem> check(String password, String username) {
        List<Problem> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        if (password == null || password.isEmpty()) {
            return problems;
        }
        String normalized = password.toLowerCase(Locale.ROOT).replace(" ", "");
        if (isCommon(normalized)) {
            problems.add(Problem.COMMON);
        }
        if (normalized.codePoints().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            problems.add(Problem.REPETITIVE);
        }
        if (username != null && username.length() >= 4 && normalized.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_NAME);
        }
        return problems;
    }

    /** A common password, or two common passwords joined ("passwordpassword", "qwertyuiop12345"). */
    private boolean isCommon(String normalized) {
        if (common.contains(normalized)) {
            return true;
        }
        for (int split = 1; split < normalized.length(); split++) {
            if (common.contains(normalized.substring(0, split)) && common.contains(normalized.substring(split))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>(65_536);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list ships with Acogida and must be readable", e);
        }
        return passwords;
    }
}
