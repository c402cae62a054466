package org.acogida.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.support.H2Test;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data set, on the embedded database the demo uses: complete, and generated once however often the demo starts. */
@H2Test
class DemoDataTest {

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path data;

    @Test
    void aCoalitionOfTenWithUsersOfEveryRoleInFourMembers() throws Exception {
        generator.generate(data);

        String demoMembers = String.join("','", DemoCoalition.MEMBERS);
        assertThat(DemoCoalition.MEMBERS).hasSizeGreaterThanOrEqualTo(8);
        assertThat(query("SELECT count(*) AS n FROM member_state WHERE iso3 IN ('" + demoMembers + "')").getFirst().get("n")).isEqualTo(10L);
        List<Map<String, Object>> roles = query("""
                SELECT member_state, count(DISTINCT role) AS roles FROM app_user
                WHERE username LIKE '%.%' AND member_state IS NOT NULL GROUP BY member_state HAVING count(DISTINCT role) = 5""");
        assertThat(roles).hasSizeGreaterThanOrEqualTo(3);
        assertThat(query("SELECT count(*) AS n FROM app_user WHERE username = '" + DemoDataGenerator.ANALYST_USERNAME + "'").getFirst().get("n")).isEqualTo(1L);
        assertThat(query("SELECT count(DISTINCT member_state) AS n FROM locality WHERE member_state IN ('" + demoMembers + "')").getFirst().get("n")).isEqualTo(10L);

        List<String> accounts = Files.readAllLines(data.resolve(DemoAccounts.FILE_NAME));
        assertThat(accounts.stream().filter(line -> !line.startsWith("#"))).as("5 roles in 4 members, 6 more coordinators, 1 analyst").hasSize(27);
        assertThat(accounts).anyMatch(line -> line.contains(Role.COALITION_ANALYST.name()));
    }

    @Test
    void startingAgainAddsNothing() {
        generator.generate(data);
        List<Map<String, Object>> before = counts();
        generator.generate(data);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theLastDaysFlightsHaveLandedWithFamiliesMinorsAndPeopleCheckedIn() {
        generator.generate(data);
        Map<String, Object> reception = query("""
                SELECT count(*) AS cases, count(DISTINCT c.member_state) AS members, count(DISTINCT a.family_unit_id) AS families,
                       sum(CASE WHEN c.unaccompanied THEN 1 ELSE 0 END) AS unaccompanied,
                       sum(CASE WHEN a.check_in = 'PRESENT' THEN 1 ELSE 0 END) AS present,
                       sum(CASE WHEN a.arrival_kind <> 'FLIGHT' THEN 1 ELSE 0 END) AS overland
                FROM person_case c JOIN arrival a ON a.case_id = c.id""").getFirst();
        assertThat((Long) reception.get("cases")).isGreaterThan(100);
        assertThat((Long) reception.get("members")).isGreaterThanOrEqualTo(3);
        assertThat((Long) reception.get("families")).isPositive();
        assertThat(((Number) reception.get("unaccompanied")).longValue()).isPositive();
        assertThat(((Number) reception.get("present")).longValue()).isPositive().isLessThan((Long) reception.get("cases"));
        String overlandNames = String.join("','", java.util.stream.Stream.concat(DemoReception.OVERLAND.stream().map(DemoReception.WalkInPerson::lastNames),
                DemoCaseWork.NON_NATIONALS.stream().map(DemoCaseWork.Arrival::lastNames)).toList());
        assertThat(query("SELECT count(*) AS n FROM person_case c JOIN arrival a ON a.case_id = c.id WHERE a.arrival_kind <> 'FLIGHT' AND c.last_names IN ('"
                + overlandNames + "')")
                .getFirst().get("n")).isEqualTo((long) DemoReception.OVERLAND.size() + DemoCaseWork.NON_NATIONALS.size());
    }

    @Test
    void casesAreRegisteredScreenedAndProtectedAcrossMembersWithDuplicatesWaiting() {
        generator.generate(data);
        String staffed = String.join("','", DemoCoalition.MEMBERS_WITH_USERS);
        assertThat(query("SELECT count(DISTINCT member_state) AS n FROM case_registration WHERE member_state IN ('" + staffed + "')")
                .getFirst().get("n")).isEqualTo((long) DemoCoalition.MEMBERS_WITH_USERS.size());
        assertThat(query("SELECT count(DISTINCT member_state) AS n FROM screening WHERE member_state IN ('" + staffed + "')")
                .getFirst().get("n")).isEqualTo((long) DemoCoalition.MEMBERS_WITH_USERS.size());
        long claims = DemoCaseWork.NON_NATIONALS.stream().filter(a -> a.fear() != null).count();
        assertThat(query("SELECT count(DISTINCT member_state) AS n FROM protection_claim WHERE member_state IN ('" + staffed + "')")
                .getFirst().get("n")).isEqualTo(claims);
        assertThat(query("SELECT count(DISTINCT member_state) AS n FROM non_refoulement WHERE member_state IN ('" + staffed + "')")
                .getFirst().get("n")).isEqualTo(claims);
        assertThat((Long) query("SELECT count(*) AS n FROM child_protection WHERE member_state IN ('" + staffed + "')").getFirst().get("n")).isPositive();
        assertThat((Long) query("SELECT count(DISTINCT member_state) AS n FROM duplicate_review WHERE status = 'PENDING' AND member_state IN ('"
                + staffed + "')").getFirst().get("n")).isGreaterThanOrEqualTo(2);
        assertThat((Long) query("SELECT count(*) AS n FROM issued_document WHERE kind = 'HUMANITARIAN_PASS' AND member_state IN ('" + staffed + "')")
                .getFirst().get("n")).isGreaterThanOrEqualTo(DemoCaseWork.NON_NATIONALS.size());
    }

    @Test
    void capacitiesComeFromTheSeedNotFromChance() {
        generator.generate(data);
        // The first member's first place is drawn first from the seeded generator.
        int expected = 150 + 10 * new java.util.Random(DemoDataGenerator.SEED).nextInt(26);
        assertThat(query("SELECT capacity_persons AS c FROM locality WHERE name = 'Centro de Atención Migratoria, zona 5'")
                .getFirst().get("c")).isEqualTo(expected);
    }

    private List<Map<String, Object>> counts() {
        return query("""
                SELECT (SELECT count(*) FROM member_state) AS members, (SELECT count(*) FROM locality) AS localities,
                       (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM flight) AS flights, (SELECT count(*) FROM person_case) AS cases,
                       (SELECT count(*) FROM case_event) AS events, (SELECT count(*) FROM case_registration) AS registrations,
                       (SELECT count(*) FROM screening) AS screenings, (SELECT count(*) FROM protection_claim) AS claims,
                       (SELECT count(*) FROM duplicate_review) AS duplicates, (SELECT count(*) FROM issued_document) AS documents""");
    }

    private List<Map<String, Object>> query(String sql) {
        return Actors.asSystem("test", () -> transactions.execute(s -> jdbc.sql(sql).query().listOfRows()));
    }
}
