package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.politiqueville.spreadsheet.RawXlsx.DATE;
import static org.politiqueville.spreadsheet.RawXlsx.BUILTIN_DATE;
import static org.politiqueville.spreadsheet.RawXlsx.DATE_TIME;
import static org.politiqueville.spreadsheet.RawXlsx.LONG_DATE;
import static org.politiqueville.spreadsheet.RawXlsx.MONTH;
import static org.politiqueville.spreadsheet.RawXlsx.TEXT;
import static org.politiqueville.spreadsheet.RawXlsx.YEAR;
import static org.politiqueville.spreadsheet.RawXlsx.ZEROS;
import static org.politiqueville.spreadsheet.RawXlsx.errorFormula;
import static org.politiqueville.spreadsheet.RawXlsx.formula;
import static org.politiqueville.spreadsheet.RawXlsx.formulaWithoutResult;
import static org.politiqueville.spreadsheet.RawXlsx.hiddenRow;
import static org.politiqueville.spreadsheet.RawXlsx.number;
import static org.politiqueville.spreadsheet.RawXlsx.row;
import static org.politiqueville.spreadsheet.RawXlsx.text;
import static org.politiqueville.spreadsheet.RawXlsx.textFormula;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.DatePrecision;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

class XlsxImporterTest {

    private static final String QUARTER_HEADER = row(3, text("A3", "Nom du quartier"), text("B3", "Code QPV"),
            text("C3", "Commune(s)"), text("D3", "Population"), text("E3", "Année pop."));

    @TempDir
    Path folder;

    private Workbooks.Read read(byte[] bytes, SpreadsheetImporter.Builder importer) throws IOException {
        return Workbooks.read(folder, "quartiers.xlsx", bytes, importer.build());
    }

    private static String quarter(int row, String label, String code, String commune, String population) {
        return row(row, text("A" + row, label), text("B" + row, code), text("C" + row, commune),
                number("D" + row, population, 0), number("E" + row, "2020", 0));
    }

    @Test
    void detectsTheHeaderBelowTitleRowsAndReportsItsRow() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV",
                row(1, text("A1", "Quartiers prioritaires de Nantes Métropole")) + QUARTER_HEADER
                        + quarter(4, "Malakoff", "QN04413M", "Nantes", "4210")
                        + quarter(5, "Bellevue", "QN04405M", "Nantes, Saint-Herblain", "17800"),
                "A1:E1").bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(read.report().kind()).isEqualTo(RecordKind.QUARTERS);
        assertThat(read.report().accepted()).isEqualTo(2);
        assertThat(read.report().rejected()).isZero();
        assertThat(read.report().problems().problems()).isEmpty();
        assertThat(read.report().dialect()).containsEntry("format", "xlsx").containsEntry("sheet", "QPV")
                .containsEntry("headerRow", "3").containsEntry("headerDetected", "true");
        assertThat(read.records()).extracting(record -> ((Quarter) record).label()).containsExactly("Malakoff", "Bellevue");
    }

    @Test
    void takesTheHeaderRowFromTheOption() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV", row(1, text("A1", "Nom du quartier"), text("B1", "Code QPV"))
                + QUARTER_HEADER + quarter(4, "Malakoff", "QN04413M", "Nantes", "4210")).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder().headerRow(3));

        assertThat(read.report().dialect()).containsEntry("headerRow", "3").containsEntry("headerDetected", "false");
        assertThat(read.report().accepted()).isEqualTo(1);
    }

    @Test
    void aDateCellIsADateWhateverItsFormat() throws IOException {
        // 44269 is 14 March 2021 in Excel's 1900 system.
        byte[] workbook = new RawXlsx().sheet("Instances", row(1, text("A1", "Nom"), text("B1", "Date d'installation"))
                + row(2, text("A2", "Conseil citoyen de Malakoff"), number("B2", "44269", DATE))
                + row(3, text("A3", "Conseil citoyen de Bellevue"), number("B3", "44269", BUILTIN_DATE))
                + row(4, text("A4", "Conseil citoyen du Breil"), number("B4", "44269", LONG_DATE))
                + row(5, text("A5", "Conseil citoyen des Dervallières"), number("B5", "44269", MONTH))
                + row(6, text("A6", "Conseil citoyen de Bottière"), number("B6", "44269", YEAR))
                + row(7, text("A7", "Conseil citoyen de Port-Boyer"), formula("B7", "DATE(2021,3,14)", "44269", DATE))
                + row(8, text("A8", "Conseil citoyen du Ranzay"), number("B8", "44269.4375", DATE_TIME))).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder().kind(RecordKind.BODIES));

        List<GovernanceBody> bodies = read.records().stream().map(GovernanceBody.class::cast).toList();
        assertThat(bodies).hasSize(6);
        assertThat(bodies.subList(0, 4)).allSatisfy(body -> assertThat(body.installation().toString())
                .isIn("2021-03-14", "2021-03"));
        assertThat(bodies.get(0).installation().toString()).isEqualTo("2021-03-14");
        assertThat(bodies.get(2).installation().toString()).isEqualTo("2021-03-14");
        assertThat(bodies.get(3).installation().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(bodies.get(4).installation().toString()).isEqualTo("2021");
        assertThat(bodies.get(5).installation().toString()).isEqualTo("2021-03-14");
        assertThat(read.report().rejected()).isEqualTo(1);
        assertThat(read.report().problems().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("2021-03-14 10:30");
            assertThat(problem.location().pointer()).isEqualTo("B8");
        });
    }

    @Test
    void aNumberFormattedAsTextOrWithZerosKeepsItsLeadingZeros() throws IOException {
        byte[] workbook = new RawXlsx().sheet("Communes", row(1, text("A1", "Code INSEE"), text("B1", "Commune"))
                + row(2, text("A2", "01053"), text("B2", "Bourg-en-Bresse"))
                + row(3, number("A3", "1004", ZEROS), text("B3", "Ambérieu-en-Bugey"))
                + row(4, number("A4", "1001", TEXT), text("B4", "L'Abergement-Clémenciat"))
                + row(5, number("A5", "1053", 0), text("B5", "Bourg-en-Bresse"))).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder().kind(RecordKind.COMMUNES));

        assertThat(read.records()).extracting(record -> ((Commune) record).code().toString())
                .containsExactly("01053", "01004");
        assertThat(read.report().rejected()).isEqualTo(2);
        assertThat(read.report().problems().errors()).extracting(problem -> problem.location().toString())
                .containsExactly("quartiers.xlsx#Communes A4 (Code INSEE)", "quartiers.xlsx#Communes A5 (Code INSEE)");
    }

    @Test
    void aFormulaGivesItsSavedResultAndAnErrorRejectsItsRow() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV", QUARTER_HEADER
                + row(4, textFormula("A4", "UPPER(\"Malakoff\")", "MALAKOFF"), text("B4", "QN04413M"),
                        text("C4", "Nantes"), formula("D4", "2105*2", "4210", 0), number("E4", "2020", 0))
                + row(5, text("A5", "Bellevue"), text("B5", "QN04405M"), text("C5", "Nantes"),
                        errorFormula("D5", "1/0", "#DIV/0!"), number("E5", "2020", 0))
                + row(6, text("A6", "Le Breil"), text("B6", "QN04410M"), text("C6", "Nantes"),
                        formulaWithoutResult("D6", "1+1"), number("E6", "2020", 0))).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(read.report().accepted()).isEqualTo(2);
        Quarter malakoff = (Quarter) read.records().get(0);
        assertThat(malakoff.label()).isEqualTo("MALAKOFF");
        assertThat(malakoff.population().count()).isEqualTo(4210);
        assertThat(((Quarter) read.records().get(1)).population()).isNull();
        Problem error = read.report().problems().errors().get(0);
        assertThat(error.code()).isEqualTo(ProblemCode.CELL_ERROR);
        assertThat(error.value()).isEqualTo("#DIV/0!");
        assertThat(error.location()).hasToString("quartiers.xlsx#QPV D5 (Population)");
    }

    @Test
    void mergedCellsHoldForEveryRowTheySpanInTheirFirstColumn() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV",
                row(1, text("A1", "Nom du quartier"), text("C1", "Code QPV"), text("D1", "Commune(s)"),
                        text("E1", "Population"))
                        + row(2, text("E2", "Population"), text("F2", "Année pop."))
                        + row(3, text("A3", "Malakoff"), text("C3", "QN04413M"), text("D3", "Nantes"),
                                number("E3", "4210", 0), number("F3", "2020", 0))
                        + row(4, text("A4", "Bellevue"), text("C4", "QN04405M"), number("E4", "17800", 0),
                                number("F4", "2020", 0)),
                "A1:B2", "C1:C2", "D1:D2", "E1:F1", "D3:D4").bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(read.report().dialect()).containsEntry("headerRow", "2");
        assertThat(read.report().problems().problems()).isEmpty();
        assertThat(read.records()).hasSize(2).allSatisfy(record ->
                assertThat(((Quarter) record).communes()).extracting(Object::toString).containsExactly("44109"));
    }

    @Test
    void hiddenRowsAreReadUnlessSkippedAndCounted() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV", QUARTER_HEADER
                + quarter(4, "Malakoff", "QN04413M", "Nantes", "4210")
                + hiddenRow(5, text("A5", "Bellevue"), text("B5", "QN04405M"), text("C5", "Nantes"))).bytes();

        Workbooks.Read all = read(workbook, SpreadsheetImporter.builder());
        Workbooks.Read visible = read(workbook, SpreadsheetImporter.builder().skipHiddenRows(true));

        assertThat(all.report().accepted()).isEqualTo(2);
        assertThat(all.report().dialect()).containsEntry("hiddenRows", "1").containsEntry("hiddenRowsRead", "true");
        assertThat(visible.report().accepted()).isEqualTo(1);
        assertThat(visible.report().dialect()).containsEntry("hiddenRows", "1").containsEntry("hiddenRowsRead", "false");
    }

    @Test
    void blankRowsMarginsAndNotesBesideTheTableAreIgnored() throws IOException {
        byte[] workbook = new RawXlsx().sheet("QPV",
                row(3, text("B3", "Nom du quartier"), text("C3", "Code QPV"), text("D3", "Commune(s)"),
                        text("E3", " "))
                        + row(4, text("B4", "Malakoff"), text("C4", "QN04413M"), text("D4", "Nantes"),
                                text("H4", "à vérifier"))
                        + row(5, text("E5", " "))
                        + row(6, text("H6", "Source : ANCT"))
                        + row(7, text("B7", "Bellevue"), text("C7", "QN04405M"), text("D7", "Nantes"))).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(read.report().read()).isEqualTo(2);
        assertThat(read.report().accepted()).isEqualTo(2);
        assertThat(read.report().problems().problems()).isEmpty();
    }

    @Test
    void problemsNameTheSheetRowAndColumnLetter() throws IOException {
        byte[] workbook = new RawXlsx().sheet("Mes quartiers", QUARTER_HEADER
                + quarter(4, "Malakoff", "QN04413M", "Nantes", "4210")
                + quarter(12, "Nantes Sud", "QN0441", "Nantes", "3000")).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        Problem problem = read.report().problems().errors().get(0);
        assertThat(problem.location().source()).isEqualTo("quartiers.xlsx#Mes quartiers");
        assertThat(problem.location().line()).isEqualTo(12);
        assertThat(problem.location().column()).isEqualTo(2);
        assertThat(problem.location().pointer()).isEqualTo("B12");
        assertThat(problem.location()).hasToString("quartiers.xlsx#Mes quartiers B12 (Code QPV)");
        assertThat(problem.value()).isEqualTo("QN0441");
    }

    @Test
    void readsTheFirstVisibleSheetHoldingACellOrTheOneNamed() throws IOException {
        String quarters = QUARTER_HEADER + quarter(4, "Malakoff", "QN04413M", "Nantes", "4210");
        byte[] workbook = new RawXlsx().sheet("Notice", "")
                .sheetInState("Brouillon", "hidden", quarters + quarter(5, "Bellevue", "QN04405M", "Nantes", "17800"))
                .sheet("QPV", quarters).bytes();

        assertThat(read(workbook, SpreadsheetImporter.builder()).report().dialect()).containsEntry("sheet", "QPV");
        assertThat(read(workbook, SpreadsheetImporter.builder().sheet("Brouillon")).report().accepted()).isEqualTo(2);
        assertThat(read(workbook, SpreadsheetImporter.builder().sheetIndex(2)).report().dialect())
                .containsEntry("sheet", "Brouillon");
        UnreadableInputException missing = catchThrowableOfType(UnreadableInputException.class,
                () -> read(workbook, SpreadsheetImporter.builder().sheet("Quartiers")));
        assertThat(missing.problem().code()).isEqualTo(ProblemCode.SHEET_NOT_FOUND);
        assertThat(missing.problem().details()).containsExactly("Notice, Brouillon, QPV");
        UnreadableInputException empty = catchThrowableOfType(UnreadableInputException.class,
                () -> read(workbook, SpreadsheetImporter.builder().sheet("Notice")));
        assertThat(empty.problem().code()).isEqualTo(ProblemCode.EMPTY_SHEET);
        assertThat(empty.getMessage()).contains("Notice");
    }

    @Test
    void aWorkbookWithoutAnyCellIsUnreadable() {
        byte[] workbook = new RawXlsx().sheet("Feuil1", "").sheet("Feuil2", row(1)).bytes();

        UnreadableInputException thrown = catchThrowableOfType(UnreadableInputException.class,
                () -> read(workbook, SpreadsheetImporter.builder()));

        assertThat(thrown.problem().code()).isEqualTo(ProblemCode.EMPTY_SHEET);
        assertThat(thrown.problem().location().source()).isEqualTo("quartiers.xlsx");
    }

    @Test
    void headersThatTellNoKindOrLackARequiredColumnAreUnreadableAtTheHeaderRow() {
        byte[] mystery = new RawXlsx().sheet("Feuil1", row(2, text("A2", "a"), text("B2", "b"))
                + row(3, number("A3", "1", 0))).bytes();
        byte[] incomplete = new RawXlsx().sheet("Feuil1", row(2, text("A2", "Territoire"), text("B2", "Année"))
                + row(3, text("A3", "Malakoff"), number("B3", "2021", 0))).bytes();

        UnreadableInputException noKind = catchThrowableOfType(UnreadableInputException.class,
                () -> read(mystery, SpreadsheetImporter.builder()));
        UnreadableInputException missing = catchThrowableOfType(UnreadableInputException.class,
                () -> read(incomplete, SpreadsheetImporter.builder().kind(RecordKind.OBSERVATIONS)));

        assertThat(noKind.problem().code()).isEqualTo(ProblemCode.KIND_NOT_INFERRED);
        assertThat(noKind.problem().location()).hasToString("quartiers.xlsx#Feuil1:2");
        assertThat(missing.problem().code()).isEqualTo(ProblemCode.MISSING_COLUMN);
        assertThat(missing.problem().location()).hasToString("quartiers.xlsx#Feuil1:2");
    }

    @Test
    void sharedStringsAndThe1904DateSystemAreRead() throws IOException {
        RawXlsx raw = new RawXlsx().date1904();
        // 42807 days after 1 January 1904 is 14 March 2021.
        byte[] workbook = raw.sheet("Instances", row(1, raw.shared("A1", "Nom"), raw.shared("B1", "Installation"))
                + row(2, raw.shared("A2", "Conseil citoyen de Malakoff"), number("B2", "42807", DATE))).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(((GovernanceBody) read.records().get(0)).installation().toString()).isEqualTo("2021-03-14");
    }
}
