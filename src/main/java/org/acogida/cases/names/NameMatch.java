package org.acogida.cases.names;

import java.util.List;

/**
 * Whether what an officer typed names a person, and how well. Every typed word must match one of
 * the person's words, in any order: exactly, as the start of a longer word (three letters or more),
 * or with a typo (one edit in words of four to seven letters, two from eight; a swap of neighbours
 * counts as one). The person may have words the officer left out, as a second surname. A typed
 * document number or passenger id matches when it is the whole of either.
 */
public final class NameMatch {

    /** A score between 0 (no match) and 1 (every word exact, or the document itself). */
    public static double score(String typed, List<String> personWords, String document, String passengerId) {
        return Typed.of(typed).score(personWords, Folding.compact(document), passengerId);
    }

    /**
     * What the officer typed, folded once for comparing with many people. Documents and passenger
     * ids have digits and names do not: only a typed text with a digit is compared with them.
     */
    public record Typed(List<String> words, String compact, boolean couldBeId) {

        public static Typed of(String text) {
            String compact = Folding.compact(text);
            return new Typed(Folding.words(text), compact, compact.chars().anyMatch(Character::isDigit));
        }

        /** As {@link NameMatch#score}, with the person's words and document already folded. */
        public double score(List<String> personWords, String compactDocument, String passengerId) {
            if (couldBeId && (compact.equals(compactDocument) || compact.equals(Folding.compact(passengerId)))) {
                return 1.0;
            }
            return wordsScore(words, personWords);
        }
    }

    /** How well the typed words are found among a person's words, from 0 to 1: each typed word must match one of theirs. */
    public static double wordsScore(List<String> words, List<String> personWords) {
        if (words.isEmpty()) {
            return 0;
        }
        double total = 0;
        boolean[] used = new boolean[personWords.size()];
        for (String word : words) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < personWords.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double s = wordScore(word, personWords.get(i));
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best < 0) {
                return 0;
            }
            used[best] = true;
            total += bestScore;
        }
        return total / words.size();
    }

    static double wordScore(String typed, String word) {
        if (typed.equals(word)) {
            return 1.0;
        }
        if (typed.length() >= 3 && word.startsWith(typed)) {
            return 0.9;
        }
        int allowed = typed.length() >= 8 ? 2 : typed.length() >= 4 ? 1 : 0;
        if (allowed == 0) {
            return 0;
        }
        int distance = Edits.distance(typed, word, allowed);
        return distance <= allowed ? 0.8 - 0.1 * (distance - 1) : 0;
    }

    private NameMatch() {
    }
}
