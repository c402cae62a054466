package org.acogida.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.coalition.statistics.SuppressionReason;
import org.acogida.federation.Report;
import org.acogida.federation.internal.ReportInbound;
import org.acogida.federation.internal.Seal;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.WalkIn;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's monthly return, on one node that hosts every member and the secretariat, on
 * PostgreSQL: counted from the member's own cases, suppressed before it leaves (a count under 5
 * hidden, and with it what would give it away), received once by the secretariat and shown to the
 * coalition's analyst only. A return in another member's name, with a small count, or sent again
 * is refused or read once.
 */
@PostgresTest
class MonthlyReturnsTest {

    @Autowired
    Returns returns;
    @Autowired
    SecretariatView secretariat;
    @Autowired
    Arrivals arrivals;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @Autowired
    Seal seal;
    @Autowired
    ReportInbound inbound;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    TwoMembers members;
    YearMonth month;

    @BeforeEach
    void sixWomenAndOneManWalkedInThisMonth() {
        members = TwoMembers.create(countries, localities, users, "PER", "CHL");
        Actor officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        for (int i = 0; i < 7; i++) {
            String sex = i < 6 ? "F" : "M";
            String lastNames = "Quispe " + members.canary + " " + i;
            Arrivals.WalkInResult result = Actors.as(officer, () -> arrivals.registerWalkIn(new WalkIn("LIM", ArrivalKind.WALK_IN, lastNames, "Ana",
                    LocalDate.of(1990, 1, 1), sex, "VEN", "", "", false)));
            assertThat(result).isInstanceOf(Arrivals.WalkInResult.Registered.class);
        }
        month = YearMonth.now(ZoneOffset.UTC);
    }

    @Test
    void theReturnLeavesSuppressedAndTheSecretariatShowsItToTheAnalystOnly() {
        MonthlyReturn sent = returns.send("PER", month, true).orElseThrow();
        MonthlyReturn.Row overland = row(sent, ReturnCategory.ARRIVED_OVERLAND);
        assertThat(overland.bySex().get(1)).as("one man: a count under 5 is hidden").isEqualTo(new MonthlyReturn.Cell(null, SuppressionReason.PRIMARY));
        boolean rowGivesItAway = !overland.total().withheld() && overland.bySex().stream().filter(MonthlyReturn.Cell::withheld).count() == 1;
        assertThat(rowGivesItAway).as("the row's total and its other cells do not give the hidden one away").isFalse();
        boolean columnGivesItAway = !sent.bySex().get(1).withheld()
                && sent.rows().stream().filter(r -> r.bySex().get(1).withheld()).count() == 1;
        assertThat(columnGivesItAway).as("nor the column's").isFalse();
        assertThat(sent.publishedCounts()).allMatch(count -> count == 0 || count >= 5);

        List<MonthlyReturn> received = Actors.as(members.analyst.actor(), () -> secretariat.returnsOf(month.toString()));
        assertThat(received).filteredOn(r -> r.member().equals("PER")).singleElement()
                .satisfies(r -> assertThat(r.withoutTime()).isEqualTo(sent.withoutTime()));
        assertThat(rows("SELECT content FROM received_return WHERE reporting_member = 'PER'")).doesNotContain(members.canary).doesNotContain("Quispe");
        assertThatThrownBy(() -> Actors.as(members.ownUsers.get(Role.MEMBER_COORDINATOR).actor(), () -> secretariat.returnsOf(month.toString())))
                .as("a member's coordinator does not read the coalition's returns").isInstanceOf(AccessDeniedException.class);

        assertThat(returns.send("PER", month, false)).as("an unchanged return is not sent again").isEmpty();
    }

    @Test
    void aReturnInAnotherMembersNameWithASmallCountOrSentAgainIsRefusedOrReadOnce() {
        MonthlyReturn honest = Actors.as(members.ownUsers.get(Role.MEMBER_COORDINATOR).actor(), () -> returns.compute(month));
        byte[] wire = wire(UUID.randomUUID(), json.writeValueAsString(honest));
        assertThat(inbound.arrive(wire, "PER")).isEqualTo(ReportInbound.Outcome.RECEIVED);
        assertThat(inbound.arrive(wire, "PER")).as("the same report delivered again").isEqualTo(ReportInbound.Outcome.DUPLICATE);
        assertThat(inbound.arrive(wire(UUID.randomUUID(), json.writeValueAsString(honest)), "CHL"))
                .as("posted on another member's subject").isEqualTo(ReportInbound.Outcome.REFUSED);

        MonthlyReturn.Row small = new MonthlyReturn.Row(ReturnCategory.PROTECTION_CLAIMS,
                List.of(new MonthlyReturn.Cell(2, null), new MonthlyReturn.Cell(0, null), new MonthlyReturn.Cell(0, null)), new MonthlyReturn.Cell(2, null));
        MonthlyReturn leaky = new MonthlyReturn("PER", month.toString(), Instant.now(), 5, MonthlyReturn.SEXES, List.of(small), small.bySex(), small.total());
        UUID leak = UUID.randomUUID();
        assertThat(inbound.arrive(wire(leak, json.writeValueAsString(leaky)), "PER")).as("a small count is never kept").isEqualTo(ReportInbound.Outcome.REFUSED);
        assertThat(rows("SELECT message_id FROM received_return WHERE message_id = '" + leak + "'")).isEqualTo("[]");

        MonthlyReturn forged = new MonthlyReturn("CHL", honest.period(), honest.computedAt(), honest.threshold(), honest.sexes(), honest.rows(),
                honest.bySex(), honest.total());
        assertThat(inbound.arrive(wire(UUID.randomUUID(), json.writeValueAsString(forged)), "PER")).as("a return naming another member")
                .isEqualTo(ReportInbound.Outcome.REFUSED);
    }

    private byte[] wire(UUID id, String content) {
        return seal.wire(seal.sealReport(new Report(id, "reporting.MONTHLY_RETURN", "PER", Instant.now(), content.getBytes(StandardCharsets.UTF_8))));
    }

    private static MonthlyReturn.Row row(MonthlyReturn r, ReturnCategory category) {
        return r.rows().stream().filter(row -> row.category() == category).findFirst().orElseThrow();
    }

    private String rows(String sql) {
        return Actors.asSystem("test", () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(sql).query().listOfRows().toString()));
    }
}
