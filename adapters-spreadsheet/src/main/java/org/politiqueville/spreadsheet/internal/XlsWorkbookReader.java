package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads Excel 97–2003 {@code .xls} workbooks with Apache POI's HSSF user model, which loads the
 * whole workbook: the format holds at most 65,536 rows of 256 columns a sheet, which fits in about
 * 130 MB of heap at worst.
 */
public final class XlsWorkbookReader implements WorkbookReader {

    private final String source;
    private final HSSFWorkbook workbook;
    private int current = -1;
    private Iterator<Row> rows;
    private Map<Long, List<CellRange>> merges;

    private XlsWorkbookReader(String source, HSSFWorkbook workbook) {
        this.source = source;
        this.workbook = workbook;
    }

    /**
     * Opens a workbook.
     *
     * @param file   the file, not null
     * @param source its name for problem locations, not null
     * @return the reader
     * @throws IOException if the file cannot be read
     * @throws org.politiqueville.core.exchange.UnreadableInputException if it is not an .xls
     *         workbook or is protected by a password
     */
    public static XlsWorkbookReader open(Path file, String source) throws IOException {
        FileMagic magic;
        if (Files.size(file) == 0) {
            throw Unreadable.malformed(source, "the file is empty", null);
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            throw Unreadable.malformed(source, "an Office Open XML (.xlsx) workbook, not an .xls one", null);
        }
        if (magic != FileMagic.OLE2) {
            throw Unreadable.malformed(source, "not an Excel 97-2003 (.xls) workbook", null);
        }
        if (OleFiles.isEncryptedPackage(file)) {
            throw Unreadable.encrypted(source, "an encrypted Office Open XML package", null);
        }
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            return new XlsWorkbookReader(source, new HSSFWorkbook(fs.getRoot(), false));
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs, e);
            throw Unreadable.encrypted(source, "an Excel 97-2003 workbook saved with a password", e);
        } catch (RuntimeException e) {
            closeQuietly(fs, e);
            throw Unreadable.malformed(source, Unreadable.reason(e), e);
        } catch (IOException e) {
            closeQuietly(fs, e);
            throw Unreadable.malformed(source, Unreadable.reason(e), e);
        }
    }

    private static void closeQuietly(POIFSFileSystem fs, Exception failure) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean nextSheet() {
        current++;
        if (current >= workbook.getNumberOfSheets()) {
            rows = null;
            return false;
        }
        Sheet sheet = workbook.getSheetAt(current);
        merges = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            CellRange range = new CellRange(region.getFirstRow() + 1L, region.getFirstColumn(),
                    region.getLastRow() + 1L, region.getLastColumn());
            merges.computeIfAbsent(range.firstRow(), first -> new ArrayList<>()).add(range);
        }
        rows = sheet.rowIterator();
        return true;
    }

    @Override
    public String sheetName() {
        return workbook.getSheetName(current);
    }

    @Override
    public boolean sheetHidden() {
        return workbook.isSheetHidden(current) || workbook.isSheetVeryHidden(current);
    }

    @Override
    public SheetRow nextRow() {
        if (rows == null || !rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        try {
            List<CellValue> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? CellValue.BLANK : value(cell, cell.getCellType()));
            }
            long number = row.getRowNum() + 1L;
            return new SheetRow(number, row.getZeroHeight(), cells, merges.getOrDefault(number, List.of()));
        } catch (RuntimeException e) {
            throw Unreadable.malformed(source, sheetName() + ": " + Unreadable.reason(e), e);
        }
    }

    private static CellValue value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> CellValue.text(cell.getStringCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#VALUE!");
            case NUMERIC -> number(cell);
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> CellValue.BLANK;
        };
    }

    private static CellValue number(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        if (DateUtil.isCellDateFormatted(cell)) {
            return CellValue.date(cell.getLocalDateTimeCellValue(), format);
        }
        return CellValue.number(BigDecimal.valueOf(cell.getNumericCellValue()), format);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
