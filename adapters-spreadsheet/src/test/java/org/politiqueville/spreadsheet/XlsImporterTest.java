package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;

class XlsImporterTest {

    @TempDir
    Path folder;

    @Test
    void readsAnExcel97WorkbookWithATitleMergesFormulasDatesAndHiddenRows() throws IOException {
        byte[] workbook = Workbooks.xls("QPV", sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Quartiers prioritaires de Nantes Métropole");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row header = sheet.createRow(2);
            String[] headers = {"Nom du quartier", "Code QPV", "Commune(s)", "Population", "Année pop."};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row malakoff = sheet.createRow(3);
            malakoff.createCell(0).setCellValue("Malakoff");
            malakoff.createCell(1).setCellValue("QN04413M");
            malakoff.createCell(2).setCellValue("Nantes");
            malakoff.createCell(3).setCellFormula("2105*2");
            malakoff.createCell(4).setCellValue(2020);
            Row bellevue = sheet.createRow(4);
            bellevue.setZeroHeight(true);
            bellevue.createCell(0).setCellValue("Bellevue");
            bellevue.createCell(1).setCellValue("QN04405M");
            bellevue.createCell(3).setCellValue(17_800);
            bellevue.createCell(4).setCellValue(2020);
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
            HSSFFormulaEvaluator.evaluateAllFormulaCells((HSSFWorkbook) sheet.getWorkbook());
        });

        Workbooks.Read read = Workbooks.read(folder, "quartiers.xls", workbook, SpreadsheetImporter.builder().build());

        assertThat(read.report().dialect()).containsEntry("format", "xls").containsEntry("headerRow", "3")
                .containsEntry("hiddenRows", "1");
        assertThat(read.report().problems().problems()).isEmpty();
        assertThat(read.records()).hasSize(2);
        Quarter malakoff = (Quarter) read.records().get(0);
        assertThat(malakoff.population().count()).isEqualTo(4210);
        assertThat(read.records()).allSatisfy(record ->
                assertThat(((Quarter) record).communes()).extracting(Object::toString).containsExactly("44109"));
    }

    @Test
    void aDateCellIsADateWhateverItsFormat() throws IOException {
        byte[] workbook = Workbooks.xls("Instances", sheet -> {
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Date d'installation");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("d mmmm yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Conseil citoyen de Malakoff");
            row.createCell(1).setCellValue(LocalDate.of(2021, 3, 14));
            row.getCell(1).setCellStyle(date);
        });

        Workbooks.Read read = Workbooks.read(folder, "instances.xls", workbook,
                SpreadsheetImporter.builder().kind(RecordKind.BODIES).build());

        GovernanceBody body = (GovernanceBody) read.records().get(0);
        assertThat(body.installation().toString()).isEqualTo("2021-03-14");
        assertThat(read.report().problems().problems()).isEmpty();
    }

    @Test
    void textAndZeroFormattedNumbersKeepTheirLeadingZeros() throws IOException {
        byte[] workbook = Workbooks.xls("Communes", sheet -> {
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Code INSEE");
            header.createCell(1).setCellValue("Commune");
            CellStyle zeros = sheet.getWorkbook().createCellStyle();
            zeros.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("00000"));
            Row text = sheet.createRow(1);
            text.createCell(0).setCellValue("01053");
            text.createCell(1).setCellValue("Bourg-en-Bresse");
            Row number = sheet.createRow(2);
            number.createCell(0).setCellValue(1004);
            number.getCell(0).setCellStyle(zeros);
            number.createCell(1).setCellValue("Ambérieu-en-Bugey");
        });

        Workbooks.Read read = Workbooks.read(folder, "communes.xls", workbook,
                SpreadsheetImporter.builder().kind(RecordKind.COMMUNES).build());

        assertThat(read.records()).extracting(record -> ((Commune) record).code().toString())
                .containsExactly("01053", "01004");
    }

    @Test
    void readsTheSheetAsked() throws IOException {
        byte[] workbook = Workbooks.xls("Notes", (Sheet sheet) -> {
            sheet.createRow(0).createCell(0).setCellValue("Nom");
            sheet.getRow(0).createCell(1).setCellValue("Type");
            sheet.createRow(1).createCell(0).setCellValue("Conseil citoyen de Malakoff");
        });

        Workbooks.Read read = Workbooks.read(folder, "notes.xls", workbook,
                SpreadsheetImporter.builder().sheetIndex(1).kind(RecordKind.BODIES).build());

        assertThat(read.report().dialect()).containsEntry("sheet", "Notes");
        assertThat(read.report().accepted()).isEqualTo(1);
    }
}
