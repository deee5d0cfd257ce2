package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.politiqueville.spreadsheet.RawOds.empty;
import static org.politiqueville.spreadsheet.RawOds.number;
import static org.politiqueville.spreadsheet.RawOds.row;
import static org.politiqueville.spreadsheet.RawOds.text;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.DatePrecision;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.ProblemCode;

class OdsImporterTest {

    @TempDir
    Path folder;

    private Workbooks.Read read(byte[] bytes, SpreadsheetImporter.Builder importer) throws IOException {
        return Workbooks.read(folder, "quartiers.ods", bytes, importer.build());
    }

    @Test
    void readsTitleRowsSpansRepeatsAndHiddenRowsAsAPersonSeesThem() throws IOException {
        String rows = "<table:table-row><table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"4\">"
                + "<text:p>Quartiers prioritaires</text:p></table:table-cell><table:covered-table-cell "
                + "table:number-columns-repeated=\"3\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + row(text("Nom du quartier"), text("Code QPV"), text("Commune(s)"), text("Population"), text("Année pop."))
                + "<table:table-row>" + text("Malakoff") + text("QN04413M")
                + "<table:table-cell office:value-type=\"string\" table:number-rows-spanned=\"2\"><text:p>Nantes</text:p>"
                + "<office:annotation><text:p>à vérifier</text:p></office:annotation></table:table-cell>"
                + number("4210") + number("2020") + "</table:table-row>"
                + "<table:table-row table:visibility=\"collapse\">" + text("Bellevue") + text("QN04405M")
                + "<table:covered-table-cell/>" + number("17800") + number("2020") + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
        byte[] workbook = new RawOds().hiddenSheet("Brouillon", row(text("x"))).sheet("QPV", rows).bytes();

        Workbooks.Read read = read(workbook, SpreadsheetImporter.builder());

        assertThat(read.report().dialect()).containsEntry("format", "ods").containsEntry("sheet", "QPV")
                .containsEntry("headerRow", "4").containsEntry("hiddenRows", "1");
        assertThat(read.report().problems().problems()).isEmpty();
        assertThat(read.records()).extracting(record -> ((Quarter) record).label()).containsExactly("Malakoff", "Bellevue");
        assertThat(read.records()).allSatisfy(record ->
                assertThat(((Quarter) record).communes()).extracting(Object::toString).containsExactly("44109"));
    }

    @Test
    void typedCellsKeepTheirMeaning() throws IOException {
        String rows = row(text("Nom"), text("Date d'installation"))
                + row(text("Conseil citoyen de Malakoff"), "<table:table-cell table:style-name=\"ceDate\" "
                        + "office:value-type=\"date\" office:date-value=\"2021-03-14\"><text:p>14/03/2021</text:p></table:table-cell>")
                + row(text("Conseil citoyen de Bellevue"), "<table:table-cell table:style-name=\"ceMonth\" "
                        + "office:value-type=\"date\" office:date-value=\"2021-03-01\"><text:p>03/2021</text:p></table:table-cell>")
                + row("<table:table-cell office:value-type=\"string\"><text:p>Conseil<text:s text:c=\"2\"/>citoyen"
                        + "</text:p><text:p>du Breil</text:p></table:table-cell>");
        Workbooks.Read read = read(new RawOds().sheet("Instances", rows).bytes(), SpreadsheetImporter.builder());

        assertThat(read.records()).extracting(record -> ((GovernanceBody) record).name())
                .containsExactly("Conseil citoyen de Malakoff", "Conseil citoyen de Bellevue", "Conseil  citoyen\ndu Breil");
        assertThat(((GovernanceBody) read.records().get(0)).installation().toString()).isEqualTo("2021-03-14");
        assertThat(((GovernanceBody) read.records().get(1)).installation().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void zeroPaddedNumbersAndPercentagesReadAsShown() throws IOException {
        String communes = row(text("Code INSEE"), text("Commune"))
                + row("<table:table-cell table:style-name=\"ceZeros\" office:value-type=\"float\" office:value=\"1053\">"
                        + "<text:p>01053</text:p></table:table-cell>", text("Bourg-en-Bresse"));
        String engagements = row(text("Engagement"), text("Pilier"), text("Statut"), text("Signataires"),
                text("Avancement"))
                + row(text("Rénover les écoles"), text("Cadre de vie"), text("en cours"), text("Ville de Nantes"),
                        "<table:table-cell table:style-name=\"cePercent\" "
                        + "office:value-type=\"percentage\" office:value=\"0.45\"><text:p>45 %</text:p></table:table-cell>");

        Workbooks.Read commune = read(new RawOds().sheet("Communes", communes).bytes(),
                SpreadsheetImporter.builder().kind(RecordKind.COMMUNES));
        Workbooks.Read engagement = read(new RawOds().sheet("Engagements", engagements).bytes(),
                SpreadsheetImporter.builder().kind(RecordKind.ENGAGEMENTS));

        assertThat(((Commune) commune.records().get(0)).code().toString()).isEqualTo("01053");
        assertThat(engagement.report().problems().errors()).isEmpty();
        assertThat(((Engagement) engagement.records().get(0)).progress()).isEqualTo(45);
    }

    @Test
    void aFormulaErrorRejectsItsRowAtItsCell() throws IOException {
        String rows = row(text("Nom du quartier"), text("Code QPV"), text("Commune(s)"), text("Population"),
                text("Année pop."))
                + row(text("Malakoff"), text("QN04413M"), text("Nantes"), "<table:table-cell table:formula=\"of:=1/0\" "
                        + "office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p>"
                        + "</table:table-cell>", number("2020"));

        Workbooks.Read read = read(new RawOds().sheet("QPV", rows).bytes(), SpreadsheetImporter.builder());

        assertThat(read.report().rejected()).isEqualTo(1);
        assertThat(read.report().problems().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.CELL_ERROR);
            assertThat(problem.location()).hasToString("quartiers.ods#QPV D2 (Population)");
        });
    }

    @Test
    void emptyUnknownAndProtectedSpreadsheetsAreUnreadable() {
        byte[] empty = new RawOds().sheet("Feuille1", row(empty())).bytes();
        byte[] protectedOds = new RawOds().encrypted().sheet("Feuille1", row(text("x"))).bytes();
        byte[] named = new RawOds().sheet("Feuille1", row(text("Nom"))).bytes();

        assertThat(catchThrowableOfType(UnreadableInputException.class, () -> read(empty, SpreadsheetImporter.builder()))
                .problem().code()).isEqualTo(ProblemCode.EMPTY_SHEET);
        assertThat(catchThrowableOfType(UnreadableInputException.class,
                () -> read(protectedOds, SpreadsheetImporter.builder())).problem().code()).isEqualTo(ProblemCode.PROTECTED_INPUT);
        UnreadableInputException missing = catchThrowableOfType(UnreadableInputException.class,
                () -> read(named, SpreadsheetImporter.builder().sheet("QPV")));
        assertThat(missing.problem().code()).isEqualTo(ProblemCode.SHEET_NOT_FOUND);
        assertThat(missing.problem().details()).containsExactly("Feuille1");
    }
}
