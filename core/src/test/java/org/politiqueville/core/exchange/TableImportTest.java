package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

class TableImportTest {

    private static final List<String> COMMUNES = List.of("Code INSEE", "Commune");
    private static final List<String> QUARTERS = List.of("lib_qp", "code_qp", "Commune(s)");

    private final RecordMapperCache mappers = new RecordMapperCache(NantesMetropole.contract(),
            MappingOptions.defaults());

    @Test
    void handsAcceptedEntitiesOverAtOnceAndCountsRejectedRows() {
        List<Commune> communes = new ArrayList<>();
        TableImport<Commune> table = TableImport.builder(mappers, COMMUNES, "communes.csv")
                .open(Commune.class, communes::add);

        table.row(List.of("44109", "Nantes"), 2);
        assertThat(communes).extracting(Commune::code).containsExactly(new InseeCode("44109"));
        table.row(List.of("4410", "Ailleurs"), 3);
        table.row(List.of("44162", "Saint-Herblain"), 4);
        ImportReport report = table.finish();

        assertThat(table.kind()).isEqualTo(RecordKind.COMMUNES);
        assertThat(communes).extracting(Commune::name).containsExactly("Nantes", "Saint-Herblain");
        assertThat(report.kind()).isEqualTo(RecordKind.COMMUNES);
        assertThat(report.source()).isEqualTo("communes.csv");
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problems().problems()).extracting(Problem::severity, Problem::value,
                        p -> p.location().source(), p -> p.location().line(), p -> p.location().column())
                .containsExactly(tuple(Severity.ERROR, "4410", "communes.csv", 3L, 1));
    }

    @Test
    void reportsTheWarningsOfAnAcceptedRow() {
        List<Document> documents = new ArrayList<>();
        TableImport<Document> table = TableImport.builder(mappers, List.of("Titre", "Catégories", "Année"),
                "docs.csv").open(Document.class, documents::add);

        table.row(List.of("Rapport", "Quartier : Atlantide", "2021"), 5);
        ImportReport report = table.finish();

        assertThat(documents).hasSize(1);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).isPositive();
        assertThat(report.problems().problems()).allSatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.location().line()).isEqualTo(5);
        });
    }

    @Test
    void infersTheKindFromTheHeadersUnlessGiven() {
        assertThat(TableImport.builder(mappers, QUARTERS, "").open(Object.class, entity -> { }).kind())
                .isEqualTo(RecordKind.QUARTERS);

        assertThatThrownBy(() -> TableImport.builder(mappers, List.of("a", "b"), "").open(Object.class, entity -> { }))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.KIND_NOT_INFERRED);
                    assertThat(e.value()).isEqualTo("a, b");
                });
        assertThatThrownBy(() -> TableImport.builder(mappers, List.of("a", "b"), "").kind(RecordKind.COMMUNES)
                .open(Object.class, entity -> { }))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.MISSING_COLUMN));
    }

    @Test
    void refusesATypeTheKindsEntitiesAreNot() {
        assertThatThrownBy(() -> TableImport.builder(mappers, COMMUNES, "").open(Quarter.class, quarter -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidValueException.class)
                .hasMessage("communes are Commune, not Quarter");
    }

    @Test
    void holdsMergedQuartersUntilTheEnd() {
        List<Quarter> quarters = new ArrayList<>();
        TableImport<Quarter> table = TableImport.builder(mappers, QUARTERS, "qpv.csv")
                .open(Quarter.class, quarters::add);

        table.row(List.of("Bellevue", "QN04405M", "44109"), 2);
        table.row(List.of("Grand Bellevue", "QN04405M", "44162"), 3);
        table.row(List.of("Les Tilleuls", "QN0449I", "44109"), 4);
        assertThat(quarters).isEmpty();
        ImportReport report = table.finish();

        assertThat(quarters).singleElement().satisfies(quarter -> {
            assertThat(quarter.codes()).containsExactly(QpvCode.parse("QN04405M"));
            assertThat(quarter.communes()).containsExactly(new InseeCode("44109"), new InseeCode("44162"));
        });
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
    }

    @Test
    void handsQuartersOverRowByRowWhenNotMerging() {
        List<Quarter> quarters = new ArrayList<>();
        TableImport<Quarter> table = TableImport.builder(mappers, QUARTERS, "").mergeQuarters(false)
                .open(Quarter.class, quarters::add);

        table.row(List.of("Bellevue", "QN04405M", "44109"), 2);
        table.row(List.of("Grand Bellevue", "QN04405M", "44162"), 3);
        assertThat(quarters).hasSize(2);

        assertThat(table.finish().accepted()).isEqualTo(2);
        assertThat(quarters).hasSize(2);
    }

    @Test
    void rejectsARowForTheAdaptersOwnProblemAsGiven() {
        Location cell = Location.ofCell("f.csv", 9, 2, "Commune");
        Problem hidden = new Problem(Severity.ERROR, ProblemCode.MALFORMED_INPUT, "", "x\u0000", List.of("NUL"), cell);
        TableImport<Object> table = TableImport.builder(mappers, COMMUNES, "f.csv")
                .relocation(problem -> problem.at(Location.ofLine("moved", 1))).open(Object.class, entity -> { });

        table.rejectRow(List.of(hidden));
        ImportReport report = table.finish();

        assertThat(report.read()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problems().problems()).containsExactly(hidden);
        assertThatThrownBy(() -> TableImport.builder(mappers, COMMUNES, "").open(Object.class, entity -> { })
                .rejectRow(List.of(Problem.warning(ProblemCode.UNKNOWN_COLUMN, "", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relocatesTheProblemsOfTheHeaderAndOfMappedRows() {
        TableImport<Object> table = TableImport.builder(mappers, List.of("Code INSEE", "Commune", "Surface"), "f#S")
                .reportSource("f").headerLine(3)
                .relocation(problem -> problem.at(Location.ofSheetCell("f", "S", problem.location().line(),
                        problem.location().column(), problem.location().columnName())))
                .open(Object.class, entity -> { });

        table.row(List.of("4410", "Nantes", "65"), 4);
        ImportReport report = table.finish();

        assertThat(report.source()).isEqualTo("f");
        assertThat(report.problems().problems()).extracting(Problem::code, p -> p.location().source(),
                        p -> p.location().line(), p -> p.location().column(), p -> p.location().pointer())
                .containsExactly(
                        tuple(ProblemCode.UNKNOWN_COLUMN, "f#S", 3L, 3, "C3"),
                        tuple(ProblemCode.INSEE_CODE_LEADING_ZERO_LOST, "f#S", 4L, 1, "A4"));
    }

    @Test
    void warnsOfBlankHeadersUnlessTheyAreIgnored() {
        List<String> margin = List.of("", "Code INSEE", "Commune");

        assertThat(TableImport.builder(mappers, margin, "").open(Object.class, entity -> { }).finish().warnings())
                .isEqualTo(1);
        assertThat(TableImport.builder(mappers, margin, "").ignoreBlankHeaders(true).open(Object.class, entity -> { })
                .finish().warnings()).isZero();
    }

    @Test
    void addsTheDialectFactsInOrder() {
        ImportReport report = TableImport.builder(mappers, COMMUNES, "").open(Object.class, entity -> { })
                .dialect("format", "csv").dialect("delimiter", ";").finish();

        assertThat(report.dialect()).containsExactly(Map.entry("format", "csv"),
                Map.entry("delimiter", ";"));
    }

    @Test
    void refusesRowsOnceFinished() {
        TableImport<Object> table = TableImport.builder(mappers, COMMUNES, "").open(Object.class, entity -> { });
        table.finish();

        assertThatThrownBy(() -> table.row(List.of("44109", "Nantes"), 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(table::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsOneMapperPerKind() {
        assertThat(mappers.forKind(RecordKind.QUARTERS)).isSameAs(mappers.forKind(RecordKind.QUARTERS))
                .isNotSameAs(mappers.forKind(RecordKind.COMMUNES));
        assertThat(mappers.forKind(RecordKind.COMMUNES).type()).isEqualTo(Commune.class);
        assertThatThrownBy(() -> mappers.forKind(RecordKind.CONTRACT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.KIND_NOT_TABULAR));
    }
}
