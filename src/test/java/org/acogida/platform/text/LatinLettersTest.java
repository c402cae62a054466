package org.acogida.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinLettersTest {

    @Test
    void namesInOtherScriptsAreWrittenAsTheySoundInLatinLetters() {
        assertThat(LatinLetters.of("王 伟")).isEqualTo("wang wei");
        assertThat(LatinLetters.of("Карімов")).isEqualTo("Karimov");
        assertThat(LatinLetters.of("أحمد")).isEqualTo("ahmd");
    }

    @Test
    void latinNamesAreLeftAsTheyAreWithTheirAccents() {
        assertThat(LatinLetters.hasOtherScript("GARCÍA LÓPEZ, María José")).isFalse();
        assertThat(LatinLetters.of("GARCÍA LÓPEZ, María José")).isEqualTo("GARCÍA LÓPEZ, María José");
        assertThat(LatinLetters.printableInWesternFonts("Pérez Piñeiro, Jean-Baptiste")).isTrue();
        assertThat(LatinLetters.printableInWesternFonts("李, 秀英")).isFalse();
    }
}
