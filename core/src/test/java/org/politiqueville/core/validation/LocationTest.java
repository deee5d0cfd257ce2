package org.politiqueville.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aSheetCellJoinsFileAndSheetAndCarriesItsA1Reference() {
        Location location = Location.ofSheetCell("quartiers.xlsx", "QPV", 12, 2, "Code QPV");

        assertThat(location.source()).isEqualTo("quartiers.xlsx#QPV");
        assertThat(location.line()).isEqualTo(12);
        assertThat(location.column()).isEqualTo(2);
        assertThat(location.columnName()).isEqualTo("Code QPV");
        assertThat(location.pointer()).isEqualTo("B12");
        assertThat(location).hasToString("quartiers.xlsx#QPV B12 (Code QPV)");
    }

    @Test
    void aSheetCellWithoutHeaderShowsItsRowAndColumn() {
        assertThat(Location.ofSheetCell("a.ods", "Feuille1", 3, 28, "")).hasToString("a.ods#Feuille1 AB3 (3:28)");
    }

    @Test
    void columnLettersCountInBaseTwentySixWithoutZero() {
        assertThat(Location.columnLetters(1)).isEqualTo("A");
        assertThat(Location.columnLetters(26)).isEqualTo("Z");
        assertThat(Location.columnLetters(27)).isEqualTo("AA");
        assertThat(Location.columnLetters(52)).isEqualTo("AZ");
        assertThat(Location.columnLetters(703)).isEqualTo("AAA");
        assertThat(Location.columnLetters(16_384)).isEqualTo("XFD");
        assertThatThrownBy(() -> Location.columnLetters(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherLocationsReadAsBefore() {
        assertThat(Location.ofCell("quartiers.csv", 8, 2, "Code QPV")).hasToString("quartiers.csv:8:2 (Code QPV)");
        assertThat(Location.ofPointer("contract.json", "/quarters/3", 12, 7)).hasToString("contract.json /quarters/3 (12:7)");
        assertThat(Location.ofLine("a.csv", 4)).hasToString("a.csv:4");
        assertThat(Location.NONE).hasToString("");
    }

    @Test
    void aLineWithoutSourceIsWordedInTheCallersLanguage() {
        Location line = Location.ofCell("", 12, 3, "");
        assertThat(line.format(Locale.ENGLISH)).isEqualTo("line 12:3");
        assertThat(line.format(Locale.CANADA_FRENCH)).isEqualTo("ligne 12:3");
        assertThat(line).hasToString("line 12:3");
        // Only that word is translated: names and positions are data.
        Location cell = Location.ofCell("quartiers.csv", 8, 2, "Code QPV");
        assertThat(cell.format(Locale.FRENCH)).isEqualTo(cell.format(Locale.ENGLISH));
    }
}
