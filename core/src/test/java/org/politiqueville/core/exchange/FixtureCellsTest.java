package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/** The parsers on the real cells of the legacy fixtures, read with just enough CSV to reach them. */
class FixtureCellsTest {

    private static List<String> lines(String file, Charset charset) throws IOException {
        try (InputStream in = FixtureCellsTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), charset).replace("\uFEFF", "").lines().toList();
        }
    }

    /** Splits one line on a delimiter outside double quotes (no quoted cell here spans lines). */
    private static List<String> cells(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void readsTheFilosofiObservations() throws IOException {
        List<String> lines = lines("observations-filosofi.csv", StandardCharsets.UTF_8);
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.OBSERVATIONS, cells(lines.get(0), ';'));
        List<List<String>> rows = lines.stream().skip(1).map(line -> cells(line, ';')).toList();

        assertThat(FrenchValues.parseDecimal(mapping.cell(rows.get(0), "value"))).isEqualTo(new BigDecimal("12940.5"));
        assertThat(mapping.cell(rows.get(0), "value")).contains("\u00A0");
        assertThat(FrenchValues.parseDecimal(mapping.cell(rows.get(2), "value"))).isEqualTo(new BigDecimal("13310"));
        assertThat(mapping.cell(rows.get(2), "value")).contains("\u202F");
        assertThat(FrenchValues.marker(mapping.cell(rows.get(3), "value"))).contains(StatisticalMarker.SECRET);
        assertThat(FrenchValues.marker(mapping.cell(rows.get(4), "value"))).contains(StatisticalMarker.NOT_AVAILABLE);
        assertThat(FrenchValues.parseDecimal(mapping.cell(rows.get(6), "value"))).isEqualTo(new BigDecimal("41.7"));
        assertThat(FrenchValues.parseDecimal(mapping.cell(rows.get(8), "value"))).isEqualTo(new BigDecimal("124.0"));
        assertThat(FrenchValues.parsePeriod(mapping.cell(rows.get(0), "period"))).isEqualTo(Period.ofYear(2021));

        String twoDigitYear = mapping.cell(rows.get(10), "period");
        assertThat(twoDigitYear).isEqualTo("21");
        assertThatThrownBy(() -> FrenchValues.parseDate(twoDigitYear)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.DATE_FORMAT));
        assertThatThrownBy(() -> FrenchValues.parsePeriod(twoDigitYear)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.PERIOD_FORMAT));

        long values = rows.stream().map(row -> mapping.cell(row, "value"))
                .filter(cell -> FrenchValues.marker(cell).isEmpty()).peek(FrenchValues::parseDecimal).count();
        assertThat(values).isEqualTo(9);
    }

    @Test
    void readsTheExcelQuarters() throws IOException {
        List<String> lines = lines("quartiers-excel-fr.csv", Charset.forName("windows-1252"));
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS, cells(lines.get(0), ';'));
        List<List<String>> rows = lines.stream().skip(1).filter(line -> !line.contains("\""))
                .filter(line -> !line.startsWith("Sensive")).map(line -> cells(line, ';')).toList();

        assertThat(rows.stream().map(row -> FrenchValues.parseInteger(mapping.cell(row, "population"))))
                .startsWith(4210L, 5120L, 17800L).contains(-250L);
        assertThat(FrenchValues.splitList(mapping.cell(rows.get(2), "communes")))
                .containsExactly("Nantes", "Saint-Herblain");
        assertThat(rows).allSatisfy(row -> {
            String status = mapping.cell(row, "status");
            assertThat(FrenchValues.isPriorityWord(status) != FrenchValues.isWatchWord(status)).isTrue();
        });
        List<String> couets = rows.stream().filter(row -> row.get(0).equals("Les Couëts")).findFirst().orElseThrow();
        assertThat(FrenchValues.isWatchWord(mapping.cell(couets, "status"))).isTrue();
        assertThat(FrenchValues.isBlank(mapping.cell(couets, "qpvCode"))).isTrue();
        assertThat(FrenchValues.parseDate(mapping.cell(couets, "populationYear")).year()).isEqualTo(2020);
    }

    @Test
    void readsTheSeedDocuments() throws IOException {
        List<String> lines = lines("documents-seed.csv", StandardCharsets.UTF_8);
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.DOCUMENTS, cells(lines.get(0), ','));
        List<List<String>> rows = lines.stream().skip(1).map(line -> cells(line, ',')).toList();

        List<String> compas = rows.stream().filter(row -> row.get(0).equals("2018 Données COMPAS")).findFirst()
                .orElseThrow();
        List<String> categories = FrenchValues.splitList(mapping.cell(compas, "categories"));
        assertThat(categories).hasSize(14).filteredOn(category -> category.startsWith("Quartier :")).hasSize(11);
        List<String> contract = rows.stream().filter(row -> row.get(0).equals("CONTRAT DE VILLE 2015/2020"))
                .findFirst().orElseThrow();
        assertThat(FrenchValues.parsePeriod(mapping.cell(contract, "period"))).isEqualTo(Period.ofYears(2015, 2020));
        assertThat(rows).allSatisfy(row -> FrenchValues.parsePeriod(mapping.cell(row, "period")));
        assertThat(rows).allSatisfy(row -> assertThat(FrenchValues.isBlank(mapping.cell(row, "link"))).isTrue());
    }

    @Test
    void readsTheNationalExtract() throws IOException {
        List<String> lines = lines("qpv-2024-national-extract.csv", StandardCharsets.UTF_8);
        List<String> headers = Arrays.asList(lines.get(0).split(","));
        ColumnMapping mapping = HeaderMapping.resolve(HeaderMapping.inferKind(headers).orElseThrow(), headers);

        assertThat(mapping.kind()).isEqualTo(RecordKind.QUARTERS);
        assertThat(lines.stream().skip(1).map(line -> cells(line, ','))
                .map(row -> mapping.cell(row, "qpvCode")).distinct()).hasSize(15);
    }
}
