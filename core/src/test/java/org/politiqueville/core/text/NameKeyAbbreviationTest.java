package org.politiqueville.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyAbbreviationTest {

    @Test
    void spellsOutSaintAndSainte() {
        assertThat(NameKey.of("St-Herblain")).isEqualTo(NameKey.of("Saint-Herblain"));
        assertThat(NameKey.of("ST HERBLAIN")).isEqualTo(NameKey.of("Saint Herblain"));
        assertThat(NameKey.of("Ste-Luce-sur-Loire")).isEqualTo(NameKey.of("Sainte-Luce-sur-Loire"));
        assertThat(NameKey.of("Ste. Luce")).hasToString("sainte luce");
        assertThat(NameKey.of("St.-Sébastien")).hasToString("saint sebastien");
    }

    @Test
    void keepsWordsThatOnlyStartWithSt() {
        assertThat(NameKey.of("Stade Ste")).hasToString("stade sainte");
        assertThat(NameKey.of("La Estacade")).hasToString("estacade");
        assertThat(NameKey.of("Saint Stephen")).hasToString("saint stephen");
        assertThat(NameKey.of("Poste")).hasToString("poste");
    }

    @Test
    void compactKeysKeepTheAbbreviation() {
        assertThat(NameKey.compact("St Code")).hasToString("stcode");
    }
}
