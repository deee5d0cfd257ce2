package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads {@code .xlsx} with FastExcel's streaming reader: rows are parsed one at a time from the
 * compressed sheet, so memory stays flat whatever the number of rows (the shared strings a sheet
 * uses are kept, as the format requires).
 *
 * <p>FastExcel does not report hidden rows nor merged cells, which Office Open XML stores as
 * attributes of {@code <row>} and as {@code <mergeCells>} after the rows: a first quick pass over
 * each sheet's XML collects them, then FastExcel reads the cells.
 */
public final class XlsxWorkbookReader implements WorkbookReader {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

    private final String source;
    private final ZipFile zip;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final Map<String, String> sheetParts;
    private int current = -1;
    private Stream<Row> stream;
    private Iterator<Row> rows;
    private BitSet hiddenRows;
    private Map<Long, List<CellRange>> merges;
    /** Whether each format id shows a date, as POI tells it: asking POI each time costs regular expressions. */
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();

    private XlsxWorkbookReader(String source, ZipFile zip, ReadableWorkbook workbook, Map<String, String> sheetParts) {
        this.source = source;
        this.zip = zip;
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
        this.sheetParts = sheetParts;
    }

    /**
     * Opens a workbook.
     *
     * @param file   the file, not null
     * @param source its name for problem locations, not null
     * @return the reader
     * @throws IOException if the file cannot be read
     * @throws org.politiqueville.core.exchange.UnreadableInputException if it is not an .xlsx
     *         workbook or is encrypted
     */
    public static XlsxWorkbookReader open(Path file, String source) throws IOException {
        FileMagic magic;
        if (Files.size(file) == 0) {
            throw Unreadable.malformed(source, "the file is empty", null);
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            // Office stores an encrypted .xlsx in an OLE2 container; an .xls renamed is one too.
            throw OleFiles.isEncryptedPackage(file)
                    ? Unreadable.encrypted(source, "an encrypted Office Open XML package", null)
                    : Unreadable.malformed(source, "an Excel 97-2003 (.xls) file, not an .xlsx workbook", null);
        }
        if (magic != FileMagic.OOXML) {
            throw Unreadable.malformed(source, "not an .xlsx workbook (a zip package)", null);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            Map<String, String> parts = sheetParts(zip);
            ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            return new XlsxWorkbookReader(source, zip, workbook, parts);
        } catch (ZipException | XMLStreamException | RuntimeException e) {
            closeQuietly(zip, e);
            throw Unreadable.malformed(source, Unreadable.reason(e), e);
        } catch (IOException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    private static void closeQuietly(ZipFile zip, Exception failure) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The part name of each sheet relationship id, from the package's relationships. */
    private static Map<String, String> sheetParts(ZipFile zip) throws IOException, XMLStreamException {
        String workbookPart = "xl/workbook.xml";
        for (Map.Entry<String, String> relation : relations(zip, "_rels/.rels").entrySet()) {
            if (relation.getValue().endsWith("workbook.xml") || relation.getValue().endsWith("workbook.bin")) {
                workbookPart = resolve("", relation.getValue());
            }
        }
        int slash = workbookPart.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbookPart.substring(0, slash + 1);
        Map<String, String> parts = new HashMap<>();
        relations(zip, folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels")
                .forEach((id, target) -> parts.put(id, resolve(folder, target)));
        return parts;
    }

    private static Map<String, String> relations(ZipFile zip, String part) throws IOException, XMLStreamException {
        Map<String, String> relations = new HashMap<>();
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return relations;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = Xml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && RELATIONSHIPS.equals(xml.getNamespaceURI())) {
                    String id = xml.getAttributeValue(null, "Id");
                    String target = xml.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        relations.put(id, target);
                    }
                }
            }
            xml.close();
        }
        return relations;
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public boolean nextSheet() throws IOException {
        closeStream();
        current++;
        if (current >= sheets.size()) {
            return false;
        }
        hiddenRows = new BitSet();
        merges = new HashMap<>();
        try {
            scanRowsAndMerges(sheets.get(current));
            stream = sheets.get(current).openStream();
            rows = stream.iterator();
        } catch (XMLStreamException | RuntimeException e) {
            throw Unreadable.malformed(source, sheetName() + ": " + Unreadable.reason(e), e);
        }
        return true;
    }

    private void scanRowsAndMerges(Sheet sheet) throws IOException, XMLStreamException {
        String part = sheetParts.get(sheet.getId());
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = Xml.reader(in);
            long row = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("row".equals(name)) {
                    String number = xml.getAttributeValue(null, "r");
                    row = number == null ? row + 1 : Long.parseLong(number);
                    String hidden = xml.getAttributeValue(null, "hidden");
                    if ("1".equals(hidden) || "true".equals(hidden)) {
                        hiddenRows.set((int) Math.min(row, Integer.MAX_VALUE));
                    }
                } else if ("mergeCell".equals(name)) {
                    String reference = xml.getAttributeValue(null, "ref");
                    if (reference != null) {
                        CellRange range = CellRange.parse(reference);
                        merges.computeIfAbsent(range.firstRow(), first -> new ArrayList<>()).add(range);
                    }
                }
            }
            xml.close();
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException("bad row number or merged range: " + e.getMessage(), e);
        }
    }

    @Override
    public String sheetName() {
        return sheets.get(current).getName();
    }

    @Override
    public boolean sheetHidden() {
        return sheets.get(current).getVisibility() != SheetVisibility.VISIBLE;
    }

    @Override
    public SheetRow nextRow() {
        try {
            if (rows == null || !rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<CellValue> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? CellValue.BLANK : value(cell));
            }
            long number = row.getRowNum();
            return new SheetRow(number, hiddenRows.get((int) Math.min(number, Integer.MAX_VALUE)), cells,
                    merges.getOrDefault(number, List.of()));
        } catch (UncheckedIOException e) {
            throw Unreadable.malformed(source, sheetName() + ": " + Unreadable.reason(e.getCause()), e);
        } catch (RuntimeException e) {
            throw Unreadable.malformed(source, sheetName() + ": " + Unreadable.reason(e), e);
        }
    }

    private CellValue value(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> CellValue.BLANK;
            case STRING -> value == null ? CellValue.BLANK : CellValue.text(value.toString());
            case BOOLEAN -> value == null ? CellValue.BLANK : CellValue.bool((Boolean) value);
            case ERROR -> CellValue.error(value == null ? cell.getRawValue() : value.toString());
            case NUMBER -> value == null ? CellValue.BLANK : number((BigDecimal) value, cell);
            case FORMULA -> cached(value, cell);
        };
    }

    /** The result a formula had when the file was saved; blank if the writer saved none. */
    private CellValue cached(Object value, Cell cell) {
        if (value instanceof BigDecimal number) {
            return number(number, cell);
        }
        if (value instanceof Boolean bool) {
            return CellValue.bool(bool);
        }
        if (value == null) {
            return CellValue.BLANK;
        }
        String text = value.toString();
        return ERRORS.contains(text) ? CellValue.error(text) : CellValue.text(text);
    }

    private CellValue number(BigDecimal number, Cell cell) {
        Integer id = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (format == null && id != null) {
            format = BuiltinFormats.getBuiltinFormat(id);
        }
        if (id != null && dateFormats.computeIfAbsent(id, key -> DateUtil.isADateFormat(key, cellFormat(key, cell)))) {
            LocalDateTime date = DateUtil.getLocalDateTime(number.doubleValue(), workbook.isDate1904());
            if (date != null) {
                return CellValue.date(date, format);
            }
        }
        return CellValue.number(number, format);
    }

    /** The format string of a format id: a workbook maps each id to one format. */
    private static String cellFormat(int id, Cell cell) {
        String format = cell.getDataFormatString();
        return format == null ? BuiltinFormats.getBuiltinFormat(id) : format;
    }

    private void closeStream() {
        if (stream != null) {
            stream.close();
            stream = null;
            rows = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeStream();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            try {
                workbook.close();
            } finally {
                zip.close();
            }
        }
    }
}
