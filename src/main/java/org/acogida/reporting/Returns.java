package org.acogida.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acogida.cases.CaseTimeline;
import org.acogida.coalition.statistics.CellSuppression;
import org.acogida.coalition.statistics.CountTable;
import org.acogida.coalition.statistics.Dimension;
import org.acogida.coalition.statistics.Position;
import org.acogida.coalition.statistics.Published;
import org.acogida.coalition.statistics.SuppressedTable;
import org.acogida.federation.Federation;
import org.acogida.federation.Report;
import org.acogida.platform.actor.Actors;
import org.acogida.reporting.internal.SentReturns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's monthly returns to the secretariat: counted from the member's own case timelines,
 * suppressed here, before anything leaves (the secretariat never holds a small count), signed and
 * sent. The month so far and the month before are sent again each hour when they changed; a
 * coordinator can send one at once.
 */
@Component
public class Returns {

    private static final Logger log = LoggerFactory.getLogger(Returns.class);
    static final String KIND = "reporting.MONTHLY_RETURN";

    private final CaseTimeline timeline;
    private final SentReturns sent;
    private final Federation federation;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Returns(CaseTimeline timeline, SentReturns sent, Federation federation, JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.timeline = timeline;
        this.sent = sent;
        this.federation = federation;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The current member's return for the month, suppressed, as it would be sent now. */
    public MonthlyReturn compute(YearMonth period) {
        String member = Actors.require().memberState();
        return transaction.execute(status -> computeFor(member, period));
    }

    private MonthlyReturn computeFor(String member, YearMonth period) {
        Instant from = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ReturnCategory> categories = List.of(ReturnCategory.values());
        Set<String> kinds = categories.stream().flatMap(c -> c.events().stream()).collect(Collectors.toSet());
        Map<String, Map<String, Integer>> counted = timeline.casesWithEvents(kinds, from, to);
        int[][] counts = new int[categories.size()][MonthlyReturn.SEXES.size()];
        for (int row = 0; row < categories.size(); row++) {
            for (String kind : categories.get(row).events()) {
                Map<String, Integer> bySex = counted.getOrDefault(kind, Map.of());
                for (int column = 0; column < MonthlyReturn.SEXES.size(); column++) {
                    counts[row][column] += bySex.getOrDefault(MonthlyReturn.SEXES.get(column), 0);
                }
            }
        }
        CellSuppression suppression = CellSuppression.standard();
        SuppressedTable table = suppression.apply(CountTable.of(new Dimension("category", categories.stream().map(Enum::name).toList()),
                new Dimension("sex", MonthlyReturn.SEXES), counts));
        List<MonthlyReturn.Row> rows = new ArrayList<>();
        for (int row = 0; row < categories.size(); row++) {
            List<MonthlyReturn.Cell> cells = new ArrayList<>();
            for (int column = 0; column < MonthlyReturn.SEXES.size(); column++) {
                cells.add(cell(table, Position.of(row, column)));
            }
            rows.add(new MonthlyReturn.Row(categories.get(row), cells, cell(table, Position.of(row, Position.TOTAL))));
        }
        List<MonthlyReturn.Cell> bySex = new ArrayList<>();
        for (int column = 0; column < MonthlyReturn.SEXES.size(); column++) {
            bySex.add(cell(table, Position.of(Position.TOTAL, column)));
        }
        return new MonthlyReturn(member, period.toString(), clock.instant(), suppression.threshold(), MonthlyReturn.SEXES, rows, bySex,
                cell(table, Position.of(Position.TOTAL, Position.TOTAL)));
    }

    private static MonthlyReturn.Cell cell(SuppressedTable table, Position position) {
        return switch (table.at(position)) {
            case Published.Count(int value) -> new MonthlyReturn.Cell(value, null);
            case Published.Hidden(var reason) -> new MonthlyReturn.Cell(null, reason);
        };
    }

    /**
     * Sends the member's return for the month if it differs from the last one sent (or always,
     * when {@code evenIfUnchanged}); returns what was sent, or empty. Sending goes through the
     * broker outside any transaction; what was sent is recorded after.
     */
    public Optional<MonthlyReturn> send(String member, YearMonth period, boolean evenIfUnchanged) {
        return Actors.onBehalfOf(member, "reporting: a monthly return", () -> {
            MonthlyReturn computed = transaction.execute(status -> computeFor(member, period));
            String digest = digest(json.writeValueAsString(computed.withoutTime()));
            boolean changed = transaction.execute(status -> sent.lastDigest(period.toString()).map(last -> !last.equals(digest)).orElse(true));
            if (!changed && !evenIfUnchanged) {
                return Optional.<MonthlyReturn>empty();
            }
            UUID id = UUID.randomUUID();
            String content = json.writeValueAsString(computed);
            federation.report(new Report(id, KIND, member, clock.instant(), content.getBytes(StandardCharsets.UTF_8)));
            transaction.executeWithoutResult(status -> sent.record(id, period.toString(), content, digest, clock.instant()));
            return Optional.of(computed);
        });
    }

    /** The current member's returns as sent, the latest first. */
    public List<SentReturn> sent() {
        Actors.require();
        return transaction.execute(status -> sent.latest(24));
    }

    /** Each hour, for each member hosted here: this month's return and last month's, when they changed. */
    @Scheduled(fixedDelayString = "${acogida.reporting.every:PT1H}", initialDelayString = "${acogida.reporting.first-after:PT1M}")
    void sendChanged() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        for (String member : federation.hostedMembers()) {
            for (YearMonth period : List.of(now.minusMonths(1), now)) {
                try {
                    send(member, period, false);
                } catch (RuntimeException e) {
                    log.warn("{}'s return for {} could not be sent now; it is tried again within the hour: {}", member, period, e.getMessage());
                }
            }
        }
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
