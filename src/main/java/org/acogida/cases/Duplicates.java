package org.acogida.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.duplicates.DuplicateScore;
import org.acogida.cases.internal.CaseEventRecords;
import org.acogida.cases.internal.CaseRecords;
import org.acogida.cases.internal.DuplicateRecords;
import org.acogida.cases.names.SearchKeys;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates: the same person on an earlier flight or in an earlier case. They are
 * proposed with a score and the fields that match when cases are created or a registration
 * changes who a case is; an officer decides whether the two are the same person. The decision is
 * kept, audited and never asked again.
 */
@Component
public class Duplicates {

    static final int MOST_SHOWN = 100;
    /**
     * At most this many earlier people are put to the officer for one case, the best first: more
     * are a list no one at a desk reads, and the same document or names and birth date rarely fit
     * more than one or two people.
     */
    static final int MOST_PROPOSED_PER_CASE = 5;

    private final DuplicateRecords reviews;
    private final CaseRecords cases;
    private final CaseEventRecords events;
    private final Movements movements;
    private final AuditLog audit;
    private final Clock clock;

    Duplicates(DuplicateRecords reviews, CaseRecords cases, CaseEventRecords events, Movements movements, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.events = events;
        this.movements = movements;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Compares new or changed cases with the member's other cases and proposes each likely pair
     * once, in the caller's transaction: the cases and their proposals are written together.
     * Returns how many pairs were proposed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int proposeFor(List<Case> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        Set<UUID> ids = changed.stream().map(Case::id).collect(Collectors.toSet());
        Set<String> documents = changed.stream().map(c -> SearchKeys.document(c.identity().documentNumber())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<LocalDate> born = changed.stream().map(Case::dateOfBirth).filter(Objects::nonNull).collect(Collectors.toSet());
        List<DuplicateScore.Person> earlier = reviews.candidates(ids, documents, born);
        // A pair needs the same document or the same date of birth: each case is compared with those only.
        Map<String, List<DuplicateScore.Person>> byDocument = earlier.stream().filter(p -> p.documentKey() != null)
                .collect(Collectors.groupingBy(DuplicateScore.Person::documentKey));
        Map<LocalDate, List<DuplicateScore.Person>> byBirth = earlier.stream().filter(p -> p.born() != null)
                .collect(Collectors.groupingBy(DuplicateScore.Person::born));
        Instant now = clock.instant();
        int proposed = 0;
        for (Case c : changed) {
            DuplicateScore.Person person = person(c);
            Set<DuplicateScore.Person> sharing = new HashSet<>(person.documentKey() == null ? List.of()
                    : byDocument.getOrDefault(person.documentKey(), List.of()));
            sharing.addAll(person.born() == null ? List.of() : byBirth.getOrDefault(person.born(), List.of()));
            // One proposal per earlier person, against the case of theirs that matches best: a person with three cases is one question.
            Map<UUID, Map.Entry<DuplicateScore.Person, DuplicateScore.Match>> bestPerPerson = new HashMap<>();
            for (DuplicateScore.Person other : sharing) {
                if (other.personId().equals(c.personId())) {
                    continue;
                }
                DuplicateScore.compare(person, other).ifPresent(match -> bestPerPerson.merge(other.personId(), Map.entry(other, match),
                        (a, b) -> b.getValue().score() > a.getValue().score() ? b : a));
            }
            List<Map.Entry<DuplicateScore.Person, DuplicateScore.Match>> ranked = bestPerPerson.values().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<DuplicateScore.Person, DuplicateScore.Match> e) -> -e.getValue().score()))
                    .limit(MOST_PROPOSED_PER_CASE).toList();
            for (var best : ranked) {
                if (!reviews.personAsked(c.id(), best.getKey().personId()) && reviews.proposeIfNew(c.id(), best.getKey().caseId(), best.getValue(), now)) {
                    proposed++;
                }
            }
        }
        return proposed;
    }

    /** A pair put to the officer, with both cases as they are now. */
    public record Pair(DuplicateReview review, Case newer, Case earlier) {
        public UUID id() {
            return review.id();
        }
    }

    @Transactional(readOnly = true)
    public List<Pair> pending() {
        return pairs(reviews.pending(MOST_SHOWN));
    }

    @Transactional(readOnly = true)
    public int pendingCount() {
        return reviews.pendingCount();
    }

    /** The pairs either of these cases is part of, decided or not. */
    @Transactional(readOnly = true)
    public List<Pair> of(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : pairs(reviews.ofCases(caseIds));
    }

    public enum Verdict { SAME_PERSON, NOT_DUPLICATE }

    public sealed interface Decided {
        record Done(Pair pair) implements Decided {}

        record AlreadyDecided() implements Decided {}
    }

    /**
     * Records the officer's decision. The same person: the newer case joins the earlier one's
     * person, and with it every mark against return the person has on either case; movements that
     * would now send the person to a feared country are cancelled in the same transaction.
     */
    @Transactional
    public Decided decide(UUID reviewId, Verdict verdict) {
        DuplicateReview review = reviews.find(reviewId).orElseThrow(() -> DuplicateNotFound.forId(reviewId));
        Case newer = cases.find(review.caseId()).orElseThrow();
        Case earlier = cases.find(review.earlierId()).orElseThrow();
        if (newer.status() == CaseStatus.TRANSFERRED || earlier.status() == CaseStatus.TRANSFERRED) {
            throw CaseHandedOver.forId(newer.status() == CaseStatus.TRANSFERRED ? newer.id() : earlier.id());
        }
        UUID officer = Actors.require().userId();
        Instant now = clock.instant();
        if (!reviews.decide(reviewId, DuplicateReview.Status.valueOf(verdict.name()), officer, now)) {
            return new Decided.AlreadyDecided();
        }
        audit.record(AuditAction.UPDATE, "duplicate_review", reviewId, newer.memberState());
        String kind = (verdict == Verdict.SAME_PERSON ? CaseEvents.DUPLICATE_SAME_PERSON : CaseEvents.DUPLICATE_NOT_SAME).name();
        events.add(newer.id(), kind, earlier.reference(), officer, now);
        events.add(earlier.id(), kind, newer.reference(), officer, now);
        if (verdict == Verdict.SAME_PERSON && !newer.personId().equals(earlier.personId())) {
            List<UUID> joined = cases.joinPerson(newer.personId(), earlier.personId());
            for (UUID id : joined) {
                audit.record(AuditAction.UPDATE, Cases.AUDITED_AS, id, newer.memberState());
            }
            movements.cancelThoseNowForbidden(cases.casesOfPerson(earlier.personId()));
        }
        return new Decided.Done(new Pair(reviews.find(reviewId).orElseThrow(), cases.find(newer.id()).orElseThrow(),
                cases.find(earlier.id()).orElseThrow()));
    }

    private List<Pair> pairs(List<DuplicateReview> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(r -> {
            ids.add(r.caseId());
            ids.add(r.earlierId());
        });
        Map<UUID, Case> byId = cases.inOrder(new ArrayList<>(ids)).stream()
                .collect(Collectors.toMap(Case::id, Function.identity()));
        return found.stream().filter(r -> byId.containsKey(r.caseId()) && byId.containsKey(r.earlierId()))
                .map(r -> new Pair(r, byId.get(r.caseId()), byId.get(r.earlierId()))).toList();
    }

    static DuplicateScore.Person person(Case c) {
        Identity i = c.identity();
        return new DuplicateScore.Person(c.id(), c.personId(), Arrays.asList(SearchKeys.names(i.lastNames(), i.firstNames(), null).split(" ")),
                SearchKeys.document(i.documentNumber()), i.dateOfBirth(), i.nationality(), i.sex());
    }
}
