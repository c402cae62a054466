package org.acogida.access;

import java.security.SecureRandom;

/**
 * Passwords Acogida makes up itself (command-line users, demo accounts): five groups of four
 * characters from an alphabet without look-alikes, about 98 bits, easy to read aloud and type.
 */
public final class GeneratedPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private GeneratedPasswords() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
