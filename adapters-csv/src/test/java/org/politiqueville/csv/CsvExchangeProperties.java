package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.politiqueville.core.catalogue.CatalogueArbitraries;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryArbitraries;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * Entities written by {@link CsvExporter} and read back by {@link CsvImporter} are equal, in both
 * presets; reading arbitrary bytes throws only the documented exceptions; counts add up.
 */
class CsvExchangeProperties {

    private static final CityContract REFERENTIAL = NantesMetropole.contract();
    private static final List<String> PREFIXES = List.of("", "=", "=HYPERLINK(\"http://x\";\"y\")", "+33 ", "@SUM ",
            "\"Entre guillemets\" ", "a;b ", "x,y ", "Rezé – ");
    private static final List<String> SUFFIXES = List.of("", " ; suite", ", etc.", " \"fin\"", "\nligne 2",
            "\r\nligne 3", " – Château", " é à ç Œ €");

    private Path directory;

    @BeforeProperty
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("csv-properties");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Property(tries = 150)
    void documentsComeBackInOpenData(@ForAll("documents") List<Document> documents) throws IOException {
        assertThat(roundTrip(documents, RecordKind.DOCUMENTS, Document.class, CsvDialect.OPEN_DATA))
                .isEqualTo(documents);
    }

    @Property(tries = 150)
    void documentsComeBackInExcelFrenchWithTheirTitlesAsWritten(@ForAll("documents") List<Document> documents)
            throws IOException {
        // Issue 8: the importer removes the formula protection the exporter added.
        assertThat(roundTrip(documents, RecordKind.DOCUMENTS, Document.class, CsvDialect.EXCEL_FR))
                .isEqualTo(documents);
    }

    @Property(tries = 150)
    void observationsComeBackInBothPresets(@ForAll("observations") List<Observation> observations) throws IOException {
        assertThat(roundTrip(observations, RecordKind.OBSERVATIONS, Observation.class, CsvDialect.OPEN_DATA))
                .isEqualTo(observations);
        assertThat(roundTrip(observations, RecordKind.OBSERVATIONS, Observation.class, CsvDialect.EXCEL_FR))
                .isEqualTo(observations);
    }

    @Property(tries = 150)
    void quartersComeBackInBothPresets(@ForAll("quarters") List<Quarter> quarters) throws IOException {
        assertThat(roundTrip(quarters, RecordKind.QUARTERS, Quarter.class, CsvDialect.OPEN_DATA)).isEqualTo(quarters);
        assertThat(roundTrip(quarters, RecordKind.QUARTERS, Quarter.class, CsvDialect.EXCEL_FR)).isEqualTo(quarters);
    }

    @Property(tries = 300)
    void readingArbitraryBytesThrowsOnlyTheDocumentedExceptionsAndCountsAddUp(@ForAll("bytes") byte[] bytes,
            @ForAll("kinds") RecordKind kind) throws IOException {
        List<Object> accepted = new ArrayList<>();
        try {
            ImportReport report = CsvImporter.builder().kind(kind).source("random.csv").build()
                    .read(new ByteArrayInputStream(bytes), Object.class, accepted::add);
            assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
            assertThat(report.accepted()).isEqualTo(accepted.size());
            assertThat(report.problems().errors().size()).isGreaterThanOrEqualTo((int) report.rejected());
        } catch (CsvFormatException e) {
            assertThat(e.line()).isNotNegative();
        } catch (InvalidValueException e) {
            assertThat(e.code()).isIn(ProblemCode.MISSING_COLUMN, ProblemCode.KIND_NOT_INFERRED);
        }
    }

    private <T> List<T> roundTrip(List<T> entities, RecordKind kind, Class<T> type, CsvDialect dialect)
            throws IOException {
        Path file = directory.resolve(kind.id() + ".csv");
        CsvExporter.builder().dialect(dialect).referential(REFERENTIAL).build().write(file, kind, entities);
        CsvImporter.Result<T> result = CsvImporter.builder().kind(kind).dialect(dialect).referential(REFERENTIAL)
                .mergeQuarters(false).build().readAll(file, type);
        assertThat(result.report().rejected()).as("%s", result.report()).isZero();
        return result.entities();
    }

    @Provide
    Arbitrary<List<Document>> documents() {
        Arbitrary<UnaryOperator<String>> decorations = Combinators.combine(Arbitraries.of(PREFIXES),
                Arbitraries.of(SUFFIXES)).as((prefix, suffix) -> title -> prefix + title + suffix);
        return Combinators.combine(CatalogueArbitraries.documents(), decorations)
                .as((document, decoration) -> new Document(document.id(), decoration.apply(document.title()),
                        document.categories(), document.period(), document.typeLabel(), document.link(),
                        document.mediaType()))
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Observation>> observations() {
        return Combinators.combine(IndicatorArbitraries.observations(),
                        Arbitraries.of(REFERENTIAL.resolver().territories()))
                .as((observation, territory) -> Observation.builder(observation.indicator(), territory,
                                observation.period()).value(observation.value()).unit(observation.unit())
                        .status(observation.status()).confidentiality(observation.confidentiality())
                        .source(observation.source()).build())
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Quarter>> quarters() {
        return TerritoryArbitraries.quarters().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<RecordKind> kinds() {
        return Arbitraries.of(RecordKind.QUARTERS, RecordKind.OBSERVATIONS, RecordKind.DOCUMENTS, null);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("Titre,Année\n", "Territoire;Indicateur;Année;Valeur\n", "Nom du quartier;Code QPV\n",
                        "Malakoff;Taux de pauvreté;2021;s\n", "\"a\nb\",2019\n", "x,\"y\n", ";;;;\n", "2019,2019,2019\n",
                        "Bellevue;QN04405M\n", "=1+1;-3\n"),
                Arbitraries.strings().withChars("aé,;\"\r\n=0123456789QN").ofMaxLength(20));
        return lines.list().ofMaxSize(12).map(parts -> String.join("", parts))
                .flatMap(text -> Arbitraries.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_16), new byte[] {(byte) 0xFF, (byte) 0xFE,
                            0x00, (byte) 0xC3}));
    }
}
