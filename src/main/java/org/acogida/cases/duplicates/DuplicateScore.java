package org.acogida.cases.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.names.NameMatch;

/**
 * Whether two cases may be the same person, and why: a score out of 100 from the fields that
 * match, each weighted by how much it says about identity. A document number is near-proof; a date
 * of birth with the same names is strong; nationality and sex only add to other evidence, and a
 * different sex counts against. A pair is proposed to an officer from {@link #PROPOSE_FROM} up;
 * the officer decides.
 */
public final class DuplicateScore {

    public static final int PROPOSE_FROM = 60;
    static final int DOCUMENT = 50;
    static final int DATE_OF_BIRTH = 25;
    static final int NAMES = 35;
    static final int NATIONALITY = 5;
    static final int SEX = 5;
    static final int DIFFERENT_SEX = -25;
    /** Names this alike (NameMatch, both ways) count as the same names: a typo or a missing second surname. */
    static final double SAME_NAMES = 0.75;

    /** What is compared of a case. {@code nameWords} and {@code documentKey} are folded as the desk folds them. */
    public record Person(UUID caseId, UUID personId, List<String> nameWords, String documentKey, LocalDate born, String nationality,
                         String sex) {}

    public record Match(int score, List<String> matched) {}

    private DuplicateScore() {
    }

    public static Optional<Match> compare(Person newer, Person earlier) {
        List<String> matched = new ArrayList<>();
        int score = 0;
        boolean sameDocument = newer.documentKey() != null && newer.documentKey().equals(earlier.documentKey());
        if (sameDocument) {
            score += DOCUMENT;
            matched.add("DOCUMENT");
        }
        boolean sameBirth = newer.born() != null && newer.born().equals(earlier.born());
        if (sameBirth) {
            score += DATE_OF_BIRTH;
            matched.add("DATE_OF_BIRTH");
        }
        double names = nameSimilarity(newer.nameWords(), earlier.nameWords());
        boolean sameNames = names >= SAME_NAMES;
        if (sameNames) {
            score += (int) Math.round(NAMES * names);
            matched.add("NAMES");
        }
        if (!sameDocument && !(sameBirth && sameNames)) {
            return Optional.empty();
        }
        if (newer.nationality() != null && newer.nationality().equals(earlier.nationality())) {
            score += NATIONALITY;
            matched.add("NATIONALITY");
        }
        if (isFemaleOrMale(newer.sex()) && isFemaleOrMale(earlier.sex())) {
            if (newer.sex().equals(earlier.sex())) {
                score += SEX;
                matched.add("SEX");
            } else {
                score += DIFFERENT_SEX;
            }
        }
        int capped = Math.min(100, score);
        return capped >= PROPOSE_FROM ? Optional.of(new Match(capped, List.copyOf(matched))) : Optional.empty();
    }

    /** How closely a person of the member's cases fits someone another member is looking for (tracing). */
    public enum Fit { SAME, POSSIBLE, NONE }

    /**
     * SAME when the two would be proposed as duplicates (the same document, or the same names and
     * date of birth); POSSIBLE when the names are alike and the dates of birth are within a year of
     * each other or one is not known (a relative often knows a birth year, not a date), and the sex
     * does not differ; NONE otherwise.
     */
    public static Fit fit(Person sought, Person candidate) {
        if (compare(sought, candidate).isPresent()) {
            return Fit.SAME;
        }
        if (isFemaleOrMale(sought.sex()) && isFemaleOrMale(candidate.sex()) && !sought.sex().equals(candidate.sex())) {
            return Fit.NONE;
        }
        if (nameSimilarity(sought.nameWords(), candidate.nameWords()) < SAME_NAMES) {
            return Fit.NONE;
        }
        boolean bornClose = sought.born() == null || candidate.born() == null
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(sought.born(), candidate.born())) <= 366;
        return bornClose ? Fit.POSSIBLE : Fit.NONE;
    }

    /**
     * How alike two people's names are, from 0 to 1: the words of one looked for among the other's.
     * A name of two words or more found whole in the other counts as the same (a second surname or
     * middle name left out on one list); a single word must be found both ways.
     */
    static double nameSimilarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double aInB = NameMatch.wordsScore(a, b);
        double bInA = NameMatch.wordsScore(b, a);
        return Math.min(a.size(), b.size()) >= 2 ? Math.max(aInB, bInA) : (aInB + bInA) / 2;
    }

    private static boolean isFemaleOrMale(String sex) {
        return "F".equals(sex) || "M".equals(sex);
    }
}
