package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

class HeaderMappingTest {

    static List<String> fixtureHeaders(String file, Charset charset, String delimiter) throws IOException {
        try (InputStream in = HeaderMappingTest.class.getResourceAsStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            String line = reader.readLine().replace("\uFEFF", "");
            return Arrays.asList(line.split(delimiter, -1));
        }
    }

    @Test
    void resolvesTheExcelQuartersHeaders() throws IOException {
        List<String> headers = fixtureHeaders("quartiers-excel-fr.csv", Charset.forName("windows-1252"), ";");
        assertThat(headers).containsExactly("Nom du quartier", "Code QPV", "Commune(s)", "Statut", "Population",
                "Année pop.");

        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS, headers);

        assertThat(mapping.problems().isEmpty()).isTrue();
        assertThat(mapping.indexOf("label")).hasValue(0);
        assertThat(mapping.indexOf("qpvCode")).hasValue(1);
        assertThat(mapping.indexOf("communes")).hasValue(2);
        assertThat(mapping.indexOf("status")).hasValue(3);
        assertThat(mapping.indexOf("population")).hasValue(4);
        assertThat(mapping.indexOf("populationYear")).hasValue(5);
        assertThat(mapping.indexOf("district")).isEmpty();
        assertThat(HeaderMapping.inferKind(headers)).contains(RecordKind.QUARTERS);
    }

    @Test
    void resolvesTheObservationsHeadersDespiteTheByteOrderMark() throws IOException {
        List<String> headers = List.of("\uFEFFTerritoire", "Indicateur", "Année", "Valeur", "Unité");

        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.OBSERVATIONS, headers);

        assertThat(mapping.isComplete()).isTrue();
        assertThat(mapping.problems().isEmpty()).isTrue();
        assertThat(mapping.toString()).isEqualTo("observations[territory=0, indicator=1, period=2, value=3, unit=4]");
        assertThat(HeaderMapping.inferKind(headers)).contains(RecordKind.OBSERVATIONS);
        assertThat(HeaderMapping.inferKind(
                fixtureHeaders("observations-filosofi.csv", StandardCharsets.UTF_8, ";")))
                .contains(RecordKind.OBSERVATIONS);
    }

    @Test
    void resolvesTheSeedDocumentHeaders() throws IOException {
        List<String> headers = fixtureHeaders("documents-seed.csv", StandardCharsets.UTF_8, ",");
        assertThat(headers).containsExactly("Documents", "Catégories", "Année", "type", "lien");

        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.DOCUMENTS, headers);

        assertThat(mapping.problems().isEmpty()).isTrue();
        assertThat(mapping.toString()).isEqualTo("documents[title=0, categories=1, period=2, type=3, link=4]");
        assertThat(mapping.columnAt(1).orElseThrow().multiValued()).isTrue();
        assertThat(HeaderMapping.inferKind(headers)).contains(RecordKind.DOCUMENTS);
    }

    @Test
    void resolvesTheNationalFileHeaders() throws IOException {
        List<String> headers = fixtureHeaders("qpv-2024-national-extract.csv", StandardCharsets.UTF_8, ",");
        assertThat(headers).containsExactly("code_qp", "lib_qp", "insee_dep", "insee_com", "lib_com", "siren_epci");

        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS, headers);

        assertThat(mapping.problems().isEmpty()).isTrue();
        assertThat(mapping.toString()).isEqualTo("quarters[qpvCode=0, label=1, departement=2, communeCodes=3, "
                + "communes=4, agglomerationSiren=5]");
        assertThat(HeaderMapping.inferKind(headers)).contains(RecordKind.QUARTERS);
    }

    @Test
    void resolvesThe2015NationalHeadersAndTheBundledSampleHeaders() {
        assertThat(HeaderMapping.inferKind(List.of("CODE_QP", "NOM_QP", "COMMUNE_QP"))).contains(RecordKind.QUARTERS);
        assertThat(HeaderMapping.inferKind(List.of("code_qp", "lib_qp", "insee_com"))).contains(RecordKind.QUARTERS);
        assertThat(HeaderMapping.inferKind(List.of("insee_com", "lib_com"))).contains(RecordKind.COMMUNES);
        assertThat(HeaderMapping.inferKind(List.of("code_qpv24", "nom_qp", "commune_qp")))
                .contains(RecordKind.QUARTERS);
    }

    @Test
    void matchesHeadersRegardlessOfCaseAccentsSpacesAndPunctuation() {
        for (String header : List.of("Code QPV", "CODE_QPV", "code-qpv", " code qpv ", "Code Q.P.V.")) {
            assertThat(HeaderMapping.match(RecordKind.QUARTERS, header)).map(Column::name).contains("qpvCode");
        }
        assertThat(HeaderMapping.match(RecordKind.QUARTERS, "ANNEE POP")).map(Column::name).contains("populationYear");
        assertThat(HeaderMapping.match(RecordKind.QUARTERS, "qpvCode")).map(Column::name).contains("qpvCode");
        assertThat(HeaderMapping.match(RecordKind.QUARTERS, "Valeur")).isEmpty();
    }

    @Test
    void reportsEveryMissingRequiredColumnAtOnce() {
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.OBSERVATIONS, List.of("Territoire", "Unité"),
                "obs.csv", 1);

        assertThat(mapping.isComplete()).isFalse();
        assertThat(mapping.missing()).map(Column::name).containsExactly("indicator", "period", "value");
        assertThat(mapping.problems().errors()).hasSize(3)
                .allSatisfy(problem -> {
                    assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
                    assertThat(problem.location()).isEqualTo(Location.ofLine("obs.csv", 1));
                });
        assertThat(mapping.problems().errors().get(0).message(Locale.FRENCH))
                .isEqualTo("Colonne(s) obligatoire(s) absente(s) : indicator ; en-têtes attendus par exemple : "
                        + "\"Indicateur\", \"Donnée\", \"Variable\".");
        assertThatThrownBy(mapping::requireComplete)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
                    assertThat(e.value()).isEqualTo("indicator, period, value");
                });
    }

    @Test
    void warnsOnceAboutEachUnknownHeader() {
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS,
                List.of("Nom", "Couleur", "couleur", "", "Commentaire"), "q.csv", 3);

        assertThat(mapping.isComplete()).isTrue();
        assertThat(mapping.unknownHeaders()).containsExactly("Couleur", "", "Commentaire");
        assertThat(mapping.problems().warnings()).hasSize(3).first().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_COLUMN);
            assertThat(problem.value()).isEqualTo("Couleur");
            assertThat(problem.location()).isEqualTo(Location.ofCell("q.csv", 3, 2, "Couleur"));
            assertThat(problem.message(Locale.ENGLISH))
                    .isEqualTo("The column \"Couleur\" is not a column of quarters: it is ignored.");
        });
        assertThat(mapping.problems().errors()).isEmpty();
    }

    @Test
    void keepsTheFirstOfTwoHeadersNamingOneColumn() {
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS, List.of("Quartier", "Nom du quartier"));

        assertThat(mapping.indexOf("label")).hasValue(0);
        assertThat(mapping.columnAt(1)).isEmpty();
        assertThat(mapping.problems().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_COLUMN);
            assertThat(problem.value()).isEqualTo("Nom du quartier");
            assertThat(problem.details()).containsExactly("label");
        });
    }

    @Test
    void readsCellsAndLocatesThemByColumnName() {
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.OBSERVATIONS,
                List.of("Territoire", "Indicateur", "Année", "Valeur"));
        List<String> row = List.of("Malakoff", "Taux de pauvreté", "2021", "48,2");

        assertThat(mapping.cell(row, "value")).isEqualTo("48,2");
        assertThat(mapping.cell(row, "unit")).isNull();
        assertThat(mapping.cell(List.of("Malakoff"), "value")).isNull();
        assertThat(mapping.header("period")).contains("Année");
        assertThat(mapping.location("obs.csv", 7, "value")).isEqualTo(Location.ofCell("obs.csv", 7, 4, "Valeur"));
        assertThat(mapping.location("obs.csv", 7, "unit")).isEqualTo(Location.ofLine("obs.csv", 7));
        assertThat(mapping.has("unit")).isFalse();
        assertThatThrownBy(() -> mapping.cell(row, "valeur")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMapAContractToColumns() {
        assertThat(HeaderMapping.columns(RecordKind.CONTRACT)).isEmpty();
        assertThatThrownBy(() -> HeaderMapping.resolve(RecordKind.CONTRACT, List.of("id")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.KIND_NOT_TABULAR));
    }

    @Test
    void guessesNoKindWhenNoneOrSeveralFit() {
        assertThat(HeaderMapping.inferKind(List.of("Couleur", "Taille"))).isEmpty();
        assertThat(HeaderMapping.inferKind(List.of())).isEmpty();
        // A name and a type fit quarters (label, status), bodies (name, type) and documents alike.
        assertThat(HeaderMapping.inferKind(List.of("Nom", "Type"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = "CONTRACT", mode = EnumSource.Mode.EXCLUDE)
    void definesColumnsWithUniqueHeadersAndRequiredOnes(RecordKind kind) {
        List<Column> columns = HeaderMapping.columns(kind);

        assertThat(columns).anyMatch(Column::required);
        assertThat(columns).map(Column::name).doesNotHaveDuplicates();
        // Aliases may repeat within a column (CODE_QP, code_qp) but never name two columns.
        assertThat(columns.stream()
                .flatMap(column -> column.aliases().stream().map(alias -> Map.entry(NameKey.compact(alias), column)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet()))))
                .allSatisfy((key, named) -> assertThat(named).hasSize(1));
        for (Column column : columns) {
            assertThat(HeaderMapping.column(kind, column.name())).contains(column);
            assertThat(HeaderMapping.match(kind, column.name())).contains(column);
            column.aliases().forEach(alias -> assertThat(HeaderMapping.match(kind, alias)).contains(column));
        }
        List<String> canonical = columns.stream().map(Column::name).toList();
        ColumnMapping mapping = HeaderMapping.resolve(kind, canonical);
        assertThat(mapping.problems().isEmpty()).isTrue();
        assertThat(HeaderMapping.inferKind(canonical)).contains(kind);
    }

    @Test
    void keepsProblemLocationsOnTheHeaderLine() {
        Problem problem = HeaderMapping.resolve(RecordKind.DOCUMENTS, List.of("Titre", "Extra"), "docs.csv", 2)
                .problems().problems().get(0);
        assertThat(problem.location().line()).isEqualTo(2);
        assertThat(problem.location().column()).isEqualTo(2);
    }
}
