package org.acogida.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acogida.flights.internal.AcrossMembers;
import org.acogida.flights.internal.PolicyRecords;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the coalition sees across members, in counts only: the breach record of each sending
 * authority, and which members could receive a flight's non-nationals under their policies and
 * this month's quotas. Nobody is assigned anywhere from here: a member accepts, or not.
 */
@Component
public class CoalitionView {

    private final AcrossMembers acrossMembers;
    private final PolicyRecords policyRecords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CoalitionView(AcrossMembers acrossMembers, PolicyRecords policyRecords, TransactionTemplate transactions, Clock clock) {
        this.acrossMembers = acrossMembers;
        this.policyRecords = policyRecords;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<BreachCount> breachRecord() {
        return Actors.asSystem("breach record across members", () -> transactions.execute(s -> acrossMembers.breaches()));
    }

    /** For each nationality among a flight's non-nationals: the members whose policy admits it and whose quota has room. */
    public record Candidates(String citizenship, int persons, List<String> members) {}

    public List<Candidates> whoCouldReceive(Map<String, Integer> nonNationalsByCitizenship, String destination) {
        LocalDate today = LocalDate.now(clock);
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Integer> taken = Actors.asSystem("non-national quotas across members",
                () -> transactions.execute(s -> acrossMembers.nonNationalsAccepted(monthStart, monthEnd)));
        List<MemberPolicy> policies = transactions.execute(s -> policyRecords.policies());
        List<Candidates> candidates = new ArrayList<>();
        nonNationalsByCitizenship.forEach((citizenship, persons) -> {
            List<String> members = policies.stream()
                    .filter(p -> !p.memberState().equals(destination))
                    .filter(p -> p.admitsNationality(citizenship))
                    .filter(p -> taken.getOrDefault(p.memberState(), 0) + persons <= p.nonNationalMonthlyQuota())
                    .map(MemberPolicy::memberState).toList();
            candidates.add(new Candidates(citizenship, persons, members));
        });
        return candidates;
    }
}
