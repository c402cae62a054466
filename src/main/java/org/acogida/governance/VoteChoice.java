package org.acogida.governance;

import java.util.Arrays;
import java.util.Optional;

public enum VoteChoice {
    YES, NO, ABSTAIN;

    /** The choice as a form sends it, or empty for anything else. */
    public static Optional<VoteChoice> parse(String text) {
        return Arrays.stream(values()).filter(choice -> choice.name().equals(text)).findFirst();
    }
}
