package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OpenDocument spreadsheets ({@code .ods}) in one streaming pass over {@code content.xml}
 * with the JDK's StAX parser: memory stays flat whatever the number of rows.
 *
 * <p>Runs of identical rows or cells ({@code number-rows-repeated}, {@code number-columns-repeated})
 * are expanded only when they hold a value: the million blank rows an office suite writes at the end
 * of a sheet cost nothing. Number formats come from the data styles of {@code styles.xml} and
 * {@code content.xml}; merged cells from the spans of their first cell; covered cells are blank.
 */
public final class OdsWorkbookReader implements WorkbookReader {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    /** The most columns a row may spread over, as in Excel and LibreOffice. */
    private static final int MAX_COLUMNS = 16_384;
    /** The most rows a sheet may have, as in Excel and LibreOffice. */
    private static final long MAX_ROWS = 1_048_576;

    private final String source;
    private final ZipFile zip;
    private final InputStream content;
    private final XMLStreamReader xml;
    private final Map<String, String> dataStyleFormats = new HashMap<>();
    private final Map<String, String> cellDataStyles = new HashMap<>();
    private final Map<String, String> cellParents = new HashMap<>();
    private final Set<String> hiddenTableStyles = new HashSet<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> columnStyles = new ArrayList<>();
    private String sheetName;
    private boolean sheetHidden;
    private boolean inTable;
    private int tableDepth;
    private long rowNumber;
    private SheetRow pending;
    private long pendingRepeats;

    private OdsWorkbookReader(String source, ZipFile zip, InputStream content, XMLStreamReader xml) {
        this.source = source;
        this.zip = zip;
        this.content = content;
        this.xml = xml;
    }

    /**
     * Opens a spreadsheet.
     *
     * @param file   the file, not null
     * @param source its name for problem locations, not null
     * @return the reader
     * @throws IOException if the file cannot be read
     * @throws org.politiqueville.core.exchange.UnreadableInputException if it is not an OpenDocument
     *         spreadsheet or is encrypted
     */
    public static OdsWorkbookReader open(Path file, String source) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw Unreadable.malformed(source, "not an OpenDocument spreadsheet (a zip package): " + Unreadable.reason(e), e);
        }
        InputStream content = null;
        try {
            checkPackage(zip, source);
            ZipEntry entry = zip.getEntry("content.xml");
            if (entry == null) {
                throw Unreadable.malformed(source, "no content.xml: not an OpenDocument spreadsheet", null);
            }
            OdsWorkbookReader reader;
            content = zip.getInputStream(entry);
            reader = new OdsWorkbookReader(source, zip, content, Xml.reader(content));
            ZipEntry styles = zip.getEntry("styles.xml");
            if (styles != null) {
                try (InputStream in = zip.getInputStream(styles)) {
                    XMLStreamReader stylesXml = Xml.reader(in);
                    reader.readStyles(stylesXml, false);
                    stylesXml.close();
                }
            }
            reader.readStyles(reader.xml, true);
            return reader;
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(zip, content, e);
            if (e instanceof org.politiqueville.core.exchange.UnreadableInputException unreadable) {
                throw unreadable;
            }
            throw Unreadable.malformed(source, Unreadable.reason(e), e);
        } catch (IOException e) {
            closeQuietly(zip, content, e);
            throw e;
        }
    }

    private static void closeQuietly(ZipFile zip, InputStream content, Exception failure) {
        try {
            if (content != null) {
                content.close();
            }
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void checkPackage(ZipFile zip, String source) throws IOException {
        ZipEntry mimeType = zip.getEntry("mimetype");
        if (mimeType != null) {
            String type;
            try (InputStream in = zip.getInputStream(mimeType)) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            }
            if (!type.equals(MIME_TYPE) && !type.equals(MIME_TYPE + "-template")) {
                throw Unreadable.malformed(source, "a package of type " + type + ", not an OpenDocument spreadsheet",
                        null);
            }
        }
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest != null) {
            String text;
            try (InputStream in = zip.getInputStream(manifest)) {
                text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            if (text.contains("encryption-data")) {
                throw Unreadable.encrypted(source, "an OpenDocument spreadsheet saved with a password", null);
            }
        }
    }

    /**
     * Reads the data styles and cell styles of {@code styles.xml}, or of {@code content.xml} up to
     * its body (where the reader is then left).
     */
    private void readStyles(XMLStreamReader in, boolean stopAtBody) throws XMLStreamException {
        while (in.hasNext()) {
            if (in.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String namespace = in.getNamespaceURI();
            String name = in.getLocalName();
            if (stopAtBody && OFFICE.equals(namespace) && "body".equals(name)) {
                return;
            }
            if (NUMBER.equals(namespace) && name.endsWith("-style")) {
                String styleName = in.getAttributeValue(STYLE, "name");
                String format = dataStyle(in, name);
                if (styleName != null) {
                    dataStyleFormats.put(styleName, format);
                }
            } else if (STYLE.equals(namespace) && "style".equals(name)) {
                String styleName = in.getAttributeValue(STYLE, "name");
                String family = in.getAttributeValue(STYLE, "family");
                if (styleName != null && "table-cell".equals(family)) {
                    String data = in.getAttributeValue(STYLE, "data-style-name");
                    String parent = in.getAttributeValue(STYLE, "parent-style-name");
                    if (data != null) {
                        cellDataStyles.put(styleName, data);
                    }
                    if (parent != null) {
                        cellParents.put(styleName, parent);
                    }
                } else if (styleName != null && "table".equals(family)) {
                    tableStyle(in, styleName);
                }
            }
        }
    }

    private void tableStyle(XMLStreamReader in, String styleName) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("table-properties".equals(in.getLocalName())
                        && "false".equals(in.getAttributeValue(TABLE, "display"))) {
                    hiddenTableStyles.add(styleName);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** A data style as a spreadsheet format code, for {@link NumberFormat}. */
    private static String dataStyle(XMLStreamReader in, String kind) throws XMLStreamException {
        StringBuilder format = new StringBuilder();
        int depth = 1;
        while (depth > 0 && in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (!NUMBER.equals(in.getNamespaceURI())) {
                continue;
            }
            switch (in.getLocalName()) {
                case "number" -> {
                    int digits = integer(in.getAttributeValue(NUMBER, "min-integer-digits"), 1);
                    int decimals = integer(in.getAttributeValue(NUMBER, "decimal-places"), 0);
                    format.append("0".repeat(Math.max(1, digits)));
                    if (decimals > 0) {
                        format.append('.').append("0".repeat(decimals));
                    }
                }
                case "day" -> format.append(" dd ");
                case "month" -> format.append(" mm ");
                case "year" -> format.append(" yyyy ");
                case "hours" -> format.append(" hh ");
                case "minutes" -> format.append(" mm ");
                case "seconds" -> format.append(" ss ");
                default -> {
                    // Text, fill and other parts show no value.
                }
            }
        }
        if ("percentage-style".equals(kind)) {
            format.append('%');
        } else if ("time-style".equals(kind) && format.indexOf("h") < 0) {
            format.append(" hh mm ");
        }
        return format.toString().strip();
    }

    private static int integer(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private String format(String cellStyle) {
        String style = cellStyle;
        for (int i = 0; style != null && i < 16; i++) {
            String data = cellDataStyles.get(style);
            if (data != null) {
                return dataStyleFormats.getOrDefault(data, "");
            }
            style = cellParents.get(style);
        }
        return "";
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public boolean nextSheet() throws IOException {
        try {
            if (inTable) {
                skipTable();
            }
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && "table".equals(xml.getLocalName())) {
                    sheetName = String.valueOf(xml.getAttributeValue(TABLE, "name"));
                    String style = xml.getAttributeValue(TABLE, "style-name");
                    sheetHidden = style != null && hiddenTableStyles.contains(style);
                    sheetNames.add(sheetName);
                    inTable = true;
                    tableDepth = 1;
                    rowNumber = 0;
                    pending = null;
                    pendingRepeats = 0;
                    columnStyles.clear();
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            throw Unreadable.malformed(source, Unreadable.reason(e), e);
        }
    }

    private void skipTable() throws XMLStreamException {
        while (tableDepth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                tableDepth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                tableDepth--;
            }
        }
        inTable = false;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean sheetHidden() {
        return sheetHidden;
    }

    @Override
    public SheetRow nextRow() throws IOException {
        if (pendingRepeats > 0) {
            pendingRepeats--;
            rowNumber++;
            return new SheetRow(rowNumber, pending.hidden(), pending.cells(), List.of());
        }
        if (!inTable) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    tableDepth--;
                    if (tableDepth == 0) {
                        inTable = false;
                        return null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!TABLE.equals(xml.getNamespaceURI())) {
                    tableDepth++;
                } else if ("table-row".equals(name)) {
                    SheetRow row = row();
                    if (row != null) {
                        return row;
                    }
                } else if ("table-column".equals(name)) {
                    column();
                } else {
                    tableDepth++;
                }
            }
            throw new XMLStreamException("the document ends inside the sheet " + sheetName);
        } catch (XMLStreamException | RuntimeException e) {
            throw Unreadable.malformed(source, sheetName + ": " + Unreadable.reason(e), e);
        }
    }

    private void column() throws XMLStreamException {
        int repeated = (int) Math.min(MAX_COLUMNS, integer(xml.getAttributeValue(TABLE, "number-columns-repeated"), 1));
        String style = xml.getAttributeValue(TABLE, "default-cell-style-name");
        for (int i = 0; i < repeated && columnStyles.size() < MAX_COLUMNS; i++) {
            columnStyles.add(style);
        }
        skipElement();
    }

    /** Reads a row; null if it shows nothing (its repeats are then skipped). */
    private SheetRow row() throws XMLStreamException {
        long repeated = Math.max(1, integer(xml.getAttributeValue(TABLE, "number-rows-repeated"), 1));
        String visibility = xml.getAttributeValue(TABLE, "visibility");
        boolean hidden = "collapse".equals(visibility) || "filter".equals(visibility);
        String rowStyle = xml.getAttributeValue(TABLE, "default-cell-style-name");
        long number = rowNumber + 1;
        List<CellValue> cells = new ArrayList<>();
        List<CellRange> merges = new ArrayList<>();
        int column = 0;
        boolean anyValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            boolean covered = "covered-table-cell".equals(name);
            if (!TABLE.equals(xml.getNamespaceURI()) || !(covered || "table-cell".equals(name))) {
                skipElement();
                continue;
            }
            int repeats = Math.max(1, integer(xml.getAttributeValue(TABLE, "number-columns-repeated"), 1));
            int spannedColumns = integer(xml.getAttributeValue(TABLE, "number-columns-spanned"), 1);
            int spannedRows = integer(xml.getAttributeValue(TABLE, "number-rows-spanned"), 1);
            String style = xml.getAttributeValue(TABLE, "style-name");
            if (style == null) {
                style = column < columnStyles.size() && columnStyles.get(column) != null ? columnStyles.get(column)
                        : rowStyle;
            }
            CellValue value = covered ? skipCell() : cell(format(style));
            if (!covered && (spannedColumns > 1 || spannedRows > 1) && column < MAX_COLUMNS) {
                merges.add(new CellRange(number, column, number + Math.max(1, spannedRows) - 1,
                        column + Math.max(1, spannedColumns) - 1));
            }
            if (value.isBlank()) {
                column = (int) Math.min(MAX_COLUMNS, (long) column + repeats);
                continue;
            }
            anyValue = true;
            for (int i = 0; i < repeats && column < MAX_COLUMNS; i++) {
                while (cells.size() < column) {
                    cells.add(CellValue.BLANK);
                }
                cells.add(value);
                column++;
            }
        }
        if (!anyValue && merges.isEmpty()) {
            rowNumber = Math.min(MAX_ROWS, rowNumber + repeated);
            return null;
        }
        rowNumber = number;
        SheetRow row = new SheetRow(number, hidden, cells, merges);
        pending = row;
        pendingRepeats = Math.min(repeated - 1, MAX_ROWS - number);
        return row;
    }

    private CellValue skipCell() throws XMLStreamException {
        skipElement();
        return CellValue.BLANK;
    }

    private CellValue cell(String format) throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String calcType = xml.getAttributeValue(CALCEXT, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String dateValue = xml.getAttributeValue(OFFICE, "date-value");
        String timeValue = xml.getAttributeValue(OFFICE, "time-value");
        String booleanValue = xml.getAttributeValue(OFFICE, "boolean-value");
        String stringValue = xml.getAttributeValue(OFFICE, "string-value");
        String text = text();
        if ("error".equals(calcType)) {
            return CellValue.error(text.isEmpty() ? "#VALUE!" : text);
        }
        if (type == null) {
            return CellValue.text(text);
        }
        return switch (type) {
            case "float", "currency" -> value == null ? CellValue.text(text) : CellValue.number(new BigDecimal(value), format);
            case "percentage" -> value == null ? CellValue.text(text)
                    : CellValue.number(new BigDecimal(value), format.indexOf('%') >= 0 ? format : "0%");
            case "date" -> dateValue == null ? CellValue.text(text) : CellValue.date(date(dateValue), format);
            case "time" -> timeValue == null ? CellValue.text(text)
                    : CellValue.date(LocalDate.of(1899, 12, 30).atStartOfDay().plus(Duration.parse(timeValue)),
                            format.isEmpty() ? "hh:mm:ss" : format);
            case "boolean" -> booleanValue == null ? CellValue.text(text) : CellValue.bool(Boolean.parseBoolean(booleanValue));
            default -> CellValue.text(stringValue != null ? stringValue : text);
        };
    }

    private static LocalDateTime date(String value) {
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            String local = value.length() > 19 ? value.substring(0, 19) : value;
            return LocalDateTime.parse(local);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + value, e);
        }
    }

    /** The text of a cell's paragraphs, joined by line breaks, with ODF's spaces and tabs; notes left out. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                boolean textElement = TEXT.equals(xml.getNamespaceURI());
                if (OFFICE.equals(xml.getNamespaceURI()) && "annotation".equals(name)) {
                    skipElement();
                    continue;
                }
                depth++;
                if (textElement && ("p".equals(name) || "h".equals(name))) {
                    if (paragraphs++ > 0) {
                        text.append('\n');
                    }
                } else if (textElement && "s".equals(name)) {
                    text.append(" ".repeat(Math.max(1, Math.min(1000, integer(xml.getAttributeValue(TEXT, "c"), 1)))));
                } else if (textElement && "tab".equals(name)) {
                    text.append('\t');
                } else if (textElement && "line-break".equals(name)) {
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Skips the element whose start the reader is on, with everything inside. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            try {
                content.close();
            } finally {
                zip.close();
            }
        }
    }
}
