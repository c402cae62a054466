package org.acogida.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

import org.acogida.federation.Report;
import org.acogida.federation.ReportBox;
import org.acogida.reporting.MonthlyReturn;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the secretariat's node keeps the members' returns. A return is kept only if it is the
 * sender's own, for a real month, and holds no count under its threshold but zero: the secretariat
 * never holds a small count, even from a member whose suppression went wrong.
 */
@Component
class ReturnLetters implements ReportBox {

    private final ReceivedReturns returns;
    private final JsonMapper json;
    private final Clock clock;

    ReturnLetters(ReceivedReturns returns, JsonMapper json, Clock clock) {
        this.returns = returns;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public Receipt receive(Report report, String envelope) {
        String content = new String(report.content(), StandardCharsets.UTF_8);
        MonthlyReturn monthly;
        try {
            monthly = json.readValue(content, MonthlyReturn.class);
            YearMonth.parse(monthly.period());
        } catch (RuntimeException e) {
            return Receipt.UNREADABLE;
        }
        if (!report.sender().equals(monthly.member()) || monthly.computedAt() == null || monthly.rows() == null || monthly.bySex() == null
                || monthly.total() == null || monthly.threshold() < 1
                || monthly.publishedCounts().stream().anyMatch(count -> count != 0 && count < monthly.threshold())) {
            return Receipt.UNREADABLE;
        }
        return returns.keep(report.id(), monthly.member(), monthly.period(), monthly.computedAt(), content, envelope, clock.instant())
                ? Receipt.FIRST_TIME : Receipt.ALREADY_RECEIVED;
    }
}
