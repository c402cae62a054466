package org.acogida.reception.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The specimens of ICAO Doc 9303 (part 4, TD3 passport; part 5, TD1 card), whose check digits the
 * standard publishes, with the fictitious state UTO replaced by Guatemala: no check digit covers the
 * issuing state or the nationality, so the digits stay valid.
 */
class MachineReadableZoneTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String PASSPORT = """
            P<GTMERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36GTM7408122F1204159ZE184226B<<<<<10""";
    static final String CARD = """
            I<GTMD231458907<<<<<<<<<<<<<<<
            7408122F1204159GTM<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";

    @Test
    void checkDigitsAreTheOnesTheStandardPublishes() {
        assertThat(MachineReadableZone.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(MachineReadableZone.checkDigit("740812")).isEqualTo(2);
        assertThat(MachineReadableZone.checkDigit("120415")).isEqualTo(9);
        assertThat(MachineReadableZone.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
        assertThat(MachineReadableZone.checkDigit("D23145890")).isEqualTo(7);
    }

    @Test
    void aPassportZoneFillsTheIdentity() {
        MachineReadableZone.Reading read = read(PASSPORT);
        assertThat(read.format()).isEqualTo("TD3");
        assertThat(read.documentType()).isEqualTo("PASSPORT");
        assertThat(read.issuer()).isEqualTo("GTM");
        assertThat(read.nationality()).isEqualTo("GTM");
        assertThat(read.documentNumber()).isEqualTo("L898902C3");
        assertThat(read.lastNames()).isEqualTo("ERIKSSON");
        assertThat(read.firstNames()).isEqualTo("ANNA MARIA");
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(read.sex()).isEqualTo("F");
        assertThat(read.expiresOn()).isEqualTo(LocalDate.of(2012, 4, 15));
    }

    @Test
    void anIdentityCardZoneFillsTheIdentity() {
        MachineReadableZone.Reading read = read(CARD);
        assertThat(read.format()).isEqualTo("TD1");
        assertThat(read.documentType()).isEqualTo("ID_CARD");
        assertThat(read.documentNumber()).isEqualTo("D23145890");
        assertThat(read.lastNames()).isEqualTo("ERIKSSON");
        assertThat(read.firstNames()).isEqualTo("ANNA MARIA");
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    }

    @Test
    void aCardNumberLongerThanNineCharactersContinuesInTheOptionalData() {
        MachineReadableZone.Reading read = read("""
                I<GTMD23145890<7349<<<<<<<<<<<
                7408122F1204159GTM<<<<<<<<<<<6
                ERIKSSON<<ANNA<MARIA<<<<<<<<<<""");
        assertThat(read.documentNumber()).isEqualTo("D23145890734");
    }

    @Test
    void pastedInLowerCaseOnOneLineWithSpacesItReadsTheSame() {
        String typed = PASSPORT.toLowerCase().replace("\n", "").replace("<<<<<<<<<<", "<<<<< <<<<<");
        assertThat(read(typed)).isEqualTo(read(PASSPORT));
    }

    @Test
    void aMistypedCharacterIsRefusedOnTheFieldWhoseCheckDigitFails() {
        var result = MachineReadableZone.read(PASSPORT.replace("7408122F", "7408132F"), TODAY);
        assertThat(result).isInstanceOfSatisfying(MachineReadableZone.Result.Unreadable.class, unreadable ->
                assertThat(unreadable.problems()).extracting(MachineReadableZone.Problem::field, MachineReadableZone.Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("dateOfBirth", "mrz.check-digit"),
                                org.assertj.core.groups.Tuple.tuple("mrz", "mrz.check-digit")));
        var number = MachineReadableZone.read(PASSPORT.replace("L898902C3", "L898902C8"), TODAY);
        assertThat(number).isInstanceOfSatisfying(MachineReadableZone.Result.Unreadable.class, unreadable ->
                assertThat(unreadable.problems().getFirst()).satisfies(p -> {
                    assertThat(p.field()).isEqualTo("documentNumber");
                    assertThat(p.arguments()).containsExactly("6", 1);
                }));
    }

    @Test
    void aZoneOfTheWrongShapeOrWithForeignCharactersOrAnUnknownStateIsRefused() {
        assertThat(problem(PASSPORT.substring(0, 60))).isEqualTo("mrz.shape");
        assertThat(problem(PASSPORT.replace("ANNA", "ANÑA"))).isEqualTo("mrz.character");
        assertThat(problem(PASSPORT.replace("GTM", "UTO"))).isEqualTo("mrz.country");
        assertThat(problem("")).isEqualTo("mrz.shape");
    }

    @Test
    void aBirthYearIsNeverInTheFutureAndAnExpiryYearIsNearToday() {
        MachineReadableZone.Reading read = read(PASSPORT);
        assertThat(read.dateOfBirth().getYear()).isEqualTo(1974);
        assertThat(read.expiresOn().getYear()).isEqualTo(2012);
    }

    private static MachineReadableZone.Reading read(String zone) {
        var result = MachineReadableZone.read(zone, TODAY);
        assertThat(result).isInstanceOf(MachineReadableZone.Result.Read.class);
        return ((MachineReadableZone.Result.Read) result).reading();
    }

    private static String problem(String zone) {
        var result = MachineReadableZone.read(zone, TODAY);
        assertThat(result).isInstanceOf(MachineReadableZone.Result.Unreadable.class);
        return ((MachineReadableZone.Result.Unreadable) result).problems().getFirst().messageKey();
    }
}
