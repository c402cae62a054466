package org.acogida.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Guatemala, GTM", "México, MEX", "Haití, HTI", "Estados Unidos, USA", "República Dominicana, DOM", "el salvador, SLV"})
    void readsSpanish(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Mexico, MEX", "Haiti, HTI", "United States, USA", "Dominican Republic, DOM", "Brazil, BRA"})
    void readsEnglish(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Brasil, BRA", "Estados Unidos, USA", "Haiti, HTI", "Peru, PER", "República Dominicana, DOM", "Equador, ECU"})
    void readsPortuguese(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Haïti, HTI", "Mexique, MEX", "États-Unis, USA", "Etats Unis, USA", "Équateur, ECU", "République dominicaine, DOM",
            "Colombie, COL"})
    void readsFrench(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Ayiti, HTI", "Gwatemala, GTM", "Meksik, MEX", "Etazini, USA", "Ondiras, HND", "Salvadò, SLV", "Kolonbi, COL",
            "Ekwatè, ECU", "Kosta Rika, CRI", "Dominikani, DOM", "Repiblik Dominikèn, DOM", "Venezwela, VEN", "Venezyela, VEN",
            "Kiba, CUB", "Nikaragwa, NIC", "Chin, CHN", "Vyetnam, VNM"})
    void readsHaitianCreole(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"United States of America, USA", "Estados Unidos de América, USA", "EEUU, USA", "EE. UU., USA", "Republica Dominicana, DOM",
            "'Venezuela, Bolivarian Republic of', VEN", "'Bolivia, Plurinational State of', BOL", "Viet Nam, VNM", "Russian Federation, RUS",
            "'Iran, Islamic Republic of', IRN"})
    void readsTheAliasesTheSendingStateWrites(String typed, String country) {
        assertThat(CountryNames.resolve(typed)).contains(country);
    }

    @Test
    void ignoresAccentsCasePunctuationAndSpaces() {
        assertThat(CountryNames.resolve("  HAÏTI ")).contains("HTI");
        assertThat(CountryNames.resolve("méxico")).contains("MEX");
        assertThat(CountryNames.resolve("repiblik-dominiken")).contains("DOM");
        assertThat(CountryNames.resolve("ETAZINI")).contains("USA");
    }

    @Test
    void readsAlpha3CodesInAnyCase() {
        assertThat(CountryNames.resolve("gtm")).contains("GTM");
        assertThat(CountryNames.resolve("HTI")).contains("HTI");
    }

    @Test
    void readsNothingFromWhatNamesNoCountry() {
        assertThat(CountryNames.resolve("Atlantis")).isEmpty();
        assertThat(CountryNames.resolve("UTO")).isEmpty();
        assertThat(CountryNames.resolve("")).isEmpty();
        assertThat(CountryNames.resolve("   ")).isEmpty();
        assertThat(CountryNames.resolve(null)).isEmpty();
    }

    @Test
    void namesACountryInEachLanguage() {
        assertThat(CountryNames.name("HTI", Locale.of("es"))).isEqualTo("Haití");
        assertThat(CountryNames.name("HTI", Locale.of("en"))).isEqualTo("Haiti");
        assertThat(CountryNames.name("MEX", Locale.of("pt"))).isEqualTo("México");
        assertThat(CountryNames.name("MEX", Locale.of("fr"))).isEqualTo("Mexique");
        assertThat(CountryNames.name("MEX", Locale.of("ht"))).isEqualTo("Meksik");
        assertThat(CountryNames.name("HTI", Locale.of("ht"))).isEqualTo("Ayiti");
        assertThat(CountryNames.name("USA", Locale.of("ht"))).isEqualTo("Etazini");
    }

    @Test
    void aCountryWithoutASourcedCreoleNameKeepsTheFrenchOneInHaitianCreole() {
        assertThat(CountryNames.name("JAM", Locale.of("ht"))).isEqualTo(CountryNames.name("JAM", Locale.of("fr")));
    }

    @Test
    void aCodeThatIsNoCountryIsShownAsItIs() {
        assertThat(CountryNames.name("XXA", Locale.of("es"))).isEqualTo("XXA");
    }

    @Test
    void everyNameShownInHaitianCreoleIsReadBack() {
        for (String country : List.of("HTI", "MEX", "GTM", "HND", "SLV", "COL", "ECU", "DOM", "PAN", "CRI", "PER", "BRA", "CHL",
                "ARG", "VEN", "CUB", "USA", "CAN", "NIC")) {
            assertThat(CountryNames.resolve(CountryNames.name(country, Locale.of("ht")))).as(country).contains(country);
        }
    }

    @Test
    void everyHaitianCreoleNameHasItsSource() {
        List<CSVRecord> names = ReferenceFile.rows("country-names-ht.csv");
        assertThat(names).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("iso3")).matches("[A-Z]{3}");
            assertThat(row.get("name")).isNotBlank();
            assertThat(row.get("use")).isIn("name", "alias");
            assertThat(row.get("source")).as(row.get("name")).isNotBlank();
        });
        List<String> admissible = ReferenceFile.rows("countries.csv").stream().map(row -> row.get("iso3")).toList();
        assertThat(names.stream().filter(row -> row.get("use").equals("name")).map(row -> row.get("iso3")))
                .as("one name shown per country").doesNotHaveDuplicates()
                .as("every country that can be a member").containsAll(admissible);
    }
}
