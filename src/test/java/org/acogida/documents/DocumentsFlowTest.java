package org.acogida.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acogida.access.Users;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.documents.pdf.DocumentPdf;
import org.acogida.documents.pdf.QrCodes;
import org.acogida.documents.verify.VerifyDocumentCli;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reception.Arrivals;
import org.acogida.support.PostgresTest;
import org.acogida.support.TwoMembers;
import org.acogida.support.Walkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents on PostgreSQL: a humanitarian pass is issued under the member's rules, extended once,
 * printed with a QR code whose token the offline verifier accepts; a revocation reaches a
 * checkpoint when it updates its trust list, not before; the rules refuse with their reasons.
 */
@PostgresTest
class DocumentsFlowTest {

    @Autowired
    Documents documents;
    @Autowired
    DocumentRules rules;
    @Autowired
    DocumentPdf pdf;
    @Autowired
    TrustLists trustLists;
    @Autowired
    Arrivals arrivals;
    @Autowired
    org.acogida.cases.Cases cases;
    @Autowired
    Countries countries;
    @Autowired
    Localities localities;
    @Autowired
    Users users;
    @TempDir
    Path checkpoint;

    TwoMembers members;
    Actor officer;
    Actor coordinator;
    UUID visitor;

    @BeforeEach
    void aNonNationalAtTheDesk() {
        members = TwoMembers.create(countries, localities, users, "GTM", "HND");
        officer = members.ownUsers.get(Role.RECEPTION_OFFICER).actor();
        coordinator = members.ownUsers.get(Role.MEMBER_COORDINATOR).actor();
        visitor = Walkers.walkIn(arrivals, officer, "Lacayo " + members.canary, "Martha", LocalDate.of(1985, 9, 4), "NIC", null);
        // Other tests share Guatemala and may have changed its rules: start from the coalition's pass.
        rulesAre(DocumentKind.HUMANITARIAN_PASS, 30, 60, 1);
    }

    private void rulesAre(DocumentKind kind, int validDays, int extensionDays, int maxExtensions) {
        DocumentRule current = Actors.as(coordinator, () -> rules.of(kind));
        assertThat(Actors.as(coordinator, () -> rules.save(kind, validDays, extensionDays, maxExtensions, current.version())))
                .isInstanceOf(DocumentRules.Saved.Done.class);
    }

    @Test
    void aPassPrintedWithItsQrCodeVerifiesOfflineAndIsExtendedAsTheRuleAllows() throws Exception {
        DocumentRule rule = Actors.as(officer, () -> rules.of(DocumentKind.HUMANITARIAN_PASS));
        IssuedDocument pass = issued(DocumentKind.HUMANITARIAN_PASS);
        LocalDate today = LocalDate.now();
        assertThat(pass.validFrom()).isEqualTo(today);
        assertThat(pass.validUntil()).as("the rule's days, the first and the last included").isEqualTo(today.plusDays(rule.validDays() - 1L));
        assertThat(pass.number()).startsWith("GTM-HP-");
        byte[] printed = pdf.render(pass, Actors.as(officer, () -> cases.find(pass.caseId())));
        assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        downloadTrustList();
        Path qr = checkpoint.resolve("pass.png");
        Files.write(qr, QrCodes.png(pdf.verificationAddress(pass), 480));
        assertThat(verify(qr.toString())).startsWith("0|").contains("VALID").contains(pass.number()).contains("Lacayo " + members.canary);

        IssuedDocument extended = done(Actors.as(officer, () -> documents.extend(pass.id(), pass.version())));
        assertThat(extended.validUntil()).isEqualTo(pass.validUntil().plusDays(rule.extensionDays()));
        assertThat(extended.token()).isNotEqualTo(pass.token());
        assertThat(verify(extended.token())).startsWith("0|").contains(extended.validUntil().toString());
        assertThat(Actors.as(officer, () -> documents.extend(pass.id(), extended.version())))
                .isEqualTo(new Documents.Outcome.Refused("document", "document.no-more-extensions"));
        assertThat(Actors.as(officer, () -> documents.extend(pass.id(), pass.version())))
                .as("an officer with the page opened before the extension").isInstanceOf(Documents.Outcome.Conflict.class);
    }

    @Test
    void aRevocationReachesTheCheckpointWithItsNextUpdate() throws Exception {
        IssuedDocument pass = issued(DocumentKind.HUMANITARIAN_PASS);
        downloadTrustList();
        done(Actors.as(coordinator, () -> documents.revoke(pass.id(), pass.version(), IssuedDocument.RevocationReason.LEFT_COUNTRY)));

        assertThat(verify(pass.token())).as("as of the last update, before the revocation").startsWith("0|").contains("VALID");
        downloadTrustList();
        assertThat(verify(pass.token())).startsWith("1|").contains("REVOKED");
        assertThat(trustLists.verify(pass.token()).verdict()).as("the public page, always current")
                .isEqualTo(org.acogida.documents.verify.OfflineVerifier.Verdict.REVOKED);
    }

    @Test
    void aWorkPermitNeedsAStayDocumentAndNeverOutlastsIt() {
        assertThat(Actors.as(officer, () -> documents.issue(visitor, DocumentKind.WORK_PERMIT, "es")))
                .isEqualTo(new Documents.Outcome.Refused("kind", "document.work-needs-stay"));
        IssuedDocument pass = issued(DocumentKind.HUMANITARIAN_PASS);
        IssuedDocument permit = issued(DocumentKind.WORK_PERMIT);
        assertThat(permit.validUntil()).isEqualTo(pass.validUntil());
        assertThat(Actors.as(officer, () -> documents.issue(visitor, DocumentKind.HUMANITARIAN_PASS, "es")))
                .isEqualTo(new Documents.Outcome.Refused("kind", "document.already-in-force"));
    }

    @Test
    void aNationalGetsNoStayDocumentAndAMemberSetsItsOwnRules() {
        UUID national = Walkers.walkIn(arrivals, officer, "Tzul " + members.canary, "Juana", LocalDate.of(1988, 11, 30), "GTM", null);
        assertThat(Actors.as(officer, () -> documents.issue(national, DocumentKind.HUMANITARIAN_PASS, "es")))
                .isEqualTo(new Documents.Outcome.Refused("kind", "document.for-non-nationals"));

        DocumentRule opened = Actors.as(coordinator, () -> rules.of(DocumentKind.TEMPORARY_STAY));
        assertThat(Actors.as(coordinator, () -> rules.save(DocumentKind.TEMPORARY_STAY, 90, 30, 2, opened.version())))
                .isInstanceOf(DocumentRules.Saved.Done.class);
        assertThat(Actors.as(coordinator, () -> rules.save(DocumentKind.TEMPORARY_STAY, 60, 30, 2, opened.version())))
                .as("a second coordinator who opened the rule before").isInstanceOf(DocumentRules.Saved.Conflict.class);
        assertThat(issued(DocumentKind.TEMPORARY_STAY).validUntil()).isEqualTo(LocalDate.now().plusDays(89));
        Actor honduras = members.otherUsers.get(Role.MEMBER_COORDINATOR).actor();
        assertThat(Actors.as(honduras, () -> rules.of(DocumentKind.TEMPORARY_STAY)).validDays()).as("another member's rules are its own")
                .isEqualTo(DocumentKind.TEMPORARY_STAY.defaults().validDays());
    }

    @Test
    void theExpiringListShowsPassesEndingWithinAWeek() {
        UUID earlier = Walkers.walkIn(arrivals, officer, "Pierre " + members.canary, "Jean", LocalDate.of(1990, 8, 14), "HTI", null);
        IssuedDocument pass = issued(DocumentKind.HUMANITARIAN_PASS);
        assertThat(Actors.as(officer, () -> documents.expiringSoon())).extracting(w -> w.document().id()).doesNotContain(pass.id());
        rulesAre(DocumentKind.HUMANITARIAN_PASS, 5, 60, 1);
        IssuedDocument shortPass = done(Actors.as(officer, () -> documents.issue(earlier, DocumentKind.HUMANITARIAN_PASS, "ht")));
        assertThat(Actors.as(officer, () -> documents.expiringSoon())).extracting(w -> w.document().id()).contains(shortPass.id());
        assertThat(Actors.as(members.otherUsers.get(Role.RECEPTION_OFFICER).actor(), () -> documents.expiringSoon()))
                .extracting(w -> w.document().id()).doesNotContain(shortPass.id());
    }

    private IssuedDocument issued(DocumentKind kind) {
        return done(Actors.as(officer, () -> documents.issue(visitor, kind, "es")));
    }

    private static IssuedDocument done(Documents.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Documents.Outcome.Done.class);
        return ((Documents.Outcome.Done) outcome).document();
    }

    /** What a checkpoint does while connected: keep the current trust list. */
    private void downloadTrustList() throws Exception {
        Files.writeString(checkpoint.resolve("trust-list.json"), JsonMapper.builder().build().writeValueAsString(trustLists.current()));
    }

    /** The checkpoint's command, offline: its exit code, a bar, and what it printed. */
    private String verify(String document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyDocumentCli.run(List.of("--trust-list", checkpoint.resolve("trust-list.json").toString(), document),
                new PrintStream(out, true, StandardCharsets.UTF_8), LocalDate.now());
        return code + "|" + out.toString(StandardCharsets.UTF_8);
    }
}
