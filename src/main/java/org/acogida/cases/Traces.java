package org.acogida.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.acogida.cases.duplicates.DuplicateScore;
import org.acogida.cases.internal.DuplicateRecords;
import org.acogida.cases.names.SearchKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracing: whether someone another member is looking for (a separated relative) is among this
 * member's cases. The search runs here, on this member's own records, with the same comparison as
 * duplicates; the answer is a level, and the case that fits best stays here.
 */
@Component
public class Traces {

    /** Cases read for one request at most, by name: enough for the names of a region, few enough to read at once. */
    static final int MOST_READ_BY_NAME = 500;

    public enum Level { YES, POSSIBLE, NO }

    /** The answer, and the case of this member that fits best (null for NO). */
    public record Traced(Level level, UUID caseId) {}

    private final DuplicateRecords records;

    Traces(DuplicateRecords records) {
        this.records = records;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Traced lookFor(Identity sought) {
        String key = SearchKeys.names(sought.lastNames(), sought.firstNames(), null);
        List<String> words = Arrays.stream(key.split(" ")).filter(w -> !w.isBlank()).toList();
        DuplicateScore.Person person = new DuplicateScore.Person(null, null, words, SearchKeys.document(sought.documentNumber()),
                sought.dateOfBirth(), sought.nationality(), sought.sex());
        Map<UUID, DuplicateScore.Person> candidates = new LinkedHashMap<>();
        records.candidates(Set.of(), person.documentKey() == null ? Set.of() : Set.of(person.documentKey()),
                        sought.dateOfBirth() == null ? Set.of() : Set.of(sought.dateOfBirth()))
                .forEach(p -> candidates.put(p.caseId(), p));
        // The longest word of the names finds the people a date of birth would not (unknown, or given as a year).
        words.stream().max(Comparator.comparingInt(String::length)).filter(w -> w.length() >= 3)
                .ifPresent(w -> records.named(w, MOST_READ_BY_NAME).forEach(p -> candidates.put(p.caseId(), p)));
        Traced best = new Traced(Level.NO, null);
        for (DuplicateScore.Person candidate : candidates.values()) {
            DuplicateScore.Fit fit = DuplicateScore.fit(person, candidate);
            if (fit == DuplicateScore.Fit.SAME) {
                return new Traced(Level.YES, candidate.caseId());
            }
            if (fit == DuplicateScore.Fit.POSSIBLE && best.level() == Level.NO) {
                best = new Traced(Level.POSSIBLE, candidate.caseId());
            }
        }
        return best;
    }
}
