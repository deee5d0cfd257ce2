package org.politiqueville.spreadsheet.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes an OpenDocument spreadsheet ({@code .ods}) of one sheet, streaming {@code content.xml}
 * with the JDK's StAX writer: a bold header row, frozen; columns as wide as their content; text as
 * string cells (never a formula); numbers as floats showing their decimals; dates as dates shown
 * {@code dd/mm/yyyy}.
 */
public final class OdsTableWriter extends TableWriter {

    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String OFFICE = OdsWorkbookReader.OFFICE;
    private static final String TABLE = OdsWorkbookReader.TABLE;
    private static final String TEXT = OdsWorkbookReader.TEXT;
    private static final String STYLE = OdsWorkbookReader.STYLE;
    private static final String NUMBER = OdsWorkbookReader.NUMBER;
    private static final String VERSION = "1.3";
    /** Decimals with a format of their own; numbers with more show as the application decides. */
    private static final int MAX_STYLED_SCALE = 10;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final ZipOutputStream zip;
    private final String sheetName;
    private XMLStreamWriter xml;
    private OutputStream entry;
    private boolean isFirstRow = true;

    /**
     * Starts a spreadsheet of one sheet.
     *
     * @param out       where to write, not null; not closed
     * @param sheetName the sheet's name, not null
     */
    public OdsTableWriter(OutputStream out, String sheetName) {
        this.zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        this.sheetName = sheetName.replaceAll("[\\[\\]*?:/\\\\']", "-");
    }

    @Override
    protected void begin(List<Integer> widths) throws IOException {
        try {
            byte[] mimeType = OdsWorkbookReader.MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimeType.length);
            CRC32 crc = new CRC32();
            crc.update(mimeType);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimeType);
            zip.closeEntry();
            writeManifest();
            writeStyles();
            writeSettings();
            zip.putNextEntry(new ZipEntry("content.xml"));
            xml = writer();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("office", "document-content", OFFICE);
            namespaces(xml);
            xml.writeAttribute("office", OFFICE, "version", VERSION);
            xml.writeStartElement("office", "automatic-styles", OFFICE);
            for (int column = 0; column < widths.size(); column++) {
                xml.writeStartElement("style", "style", STYLE);
                xml.writeAttribute("style", STYLE, "name", "co" + (column + 1));
                xml.writeAttribute("style", STYLE, "family", "table-column");
                xml.writeEmptyElement("style", "table-column-properties", STYLE);
                xml.writeAttribute("style", STYLE, "column-width",
                        String.format(Locale.ROOT, "%.2fcm", widths.get(column) * 0.21));
                xml.writeEndElement();
            }
            dateStyle();
            for (int scale = 1; scale <= MAX_STYLED_SCALE; scale++) {
                xml.writeStartElement("number", "number-style", NUMBER);
                xml.writeAttribute("style", STYLE, "name", "N" + scale);
                xml.writeEmptyElement("number", "number", NUMBER);
                xml.writeAttribute("number", NUMBER, "decimal-places", Integer.toString(scale));
                xml.writeAttribute("number", NUMBER, "min-decimal-places", Integer.toString(scale));
                xml.writeAttribute("number", NUMBER, "min-integer-digits", "1");
                xml.writeEndElement();
                cellStyle("ceN" + scale, "N" + scale);
            }
            xml.writeStartElement("style", "style", STYLE);
            xml.writeAttribute("style", STYLE, "name", "ceHead");
            xml.writeAttribute("style", STYLE, "family", "table-cell");
            xml.writeEmptyElement("style", "table-cell-properties", STYLE);
            xml.writeAttribute("fo", FO, "background-color", "#ddebf7");
            xml.writeEmptyElement("style", "text-properties", STYLE);
            xml.writeAttribute("fo", FO, "font-weight", "bold");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("office", "body", OFFICE);
            xml.writeStartElement("office", "spreadsheet", OFFICE);
            xml.writeStartElement("table", "table", TABLE);
            xml.writeAttribute("table", TABLE, "name", sheetName);
            for (int column = 0; column < widths.size(); column++) {
                xml.writeEmptyElement("table", "table-column", TABLE);
                xml.writeAttribute("table", TABLE, "style-name", "co" + (column + 1));
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void dateStyle() throws XMLStreamException {
        xml.writeStartElement("number", "date-style", NUMBER);
        xml.writeAttribute("style", STYLE, "name", "Ndate");
        datePart("day");
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters("/");
        xml.writeEndElement();
        datePart("month");
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters("/");
        xml.writeEndElement();
        datePart("year");
        xml.writeEndElement();
        cellStyle("ceDate", "Ndate");
    }

    private void datePart(String part) throws XMLStreamException {
        xml.writeEmptyElement("number", part, NUMBER);
        xml.writeAttribute("number", NUMBER, "style", "long");
    }

    private void cellStyle(String name, String dataStyle) throws XMLStreamException {
        xml.writeEmptyElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
    }

    @Override
    protected void write(List<CellValue> cells) throws IOException {
        try {
            boolean header = isFirstRow;
            xml.writeStartElement("table", "table-row", TABLE);
            for (CellValue cell : cells) {
                writeCell(cell, header);
            }
            xml.writeEndElement();
            isFirstRow = false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void writeCell(CellValue cell, boolean header) throws XMLStreamException {
        if (cell.type() == CellValue.Type.BLANK) {
            xml.writeEmptyElement("table", "table-cell", TABLE);
            return;
        }
        xml.writeStartElement("table", "table-cell", TABLE);
        String shown;
        switch (cell.type()) {
            case NUMBER -> {
                BigDecimal number = cell.number().scale() < 0 ? cell.number().setScale(0) : cell.number();
                xml.writeAttribute("office", OFFICE, "value-type", "float");
                xml.writeAttribute("office", OFFICE, "value", number.toPlainString());
                if (number.scale() > 0 && number.scale() <= MAX_STYLED_SCALE) {
                    xml.writeAttribute("table", TABLE, "style-name", "ceN" + number.scale());
                }
                shown = number.toPlainString();
            }
            case DATE -> {
                xml.writeAttribute("office", OFFICE, "value-type", "date");
                xml.writeAttribute("office", OFFICE, "date-value", cell.date().toLocalDate().toString());
                xml.writeAttribute("table", TABLE, "style-name", "ceDate");
                shown = SHOWN_DATE.format(cell.date());
            }
            default -> {
                xml.writeAttribute("office", OFFICE, "value-type", "string");
                if (header) {
                    xml.writeAttribute("table", TABLE, "style-name", "ceHead");
                }
                shown = cell.text();
            }
        }
        writeParagraphs(shown);
        xml.writeEndElement();
    }

    /** Text as ODF paragraphs: one per line, runs of spaces and tabs kept as ODF requires. */
    private void writeParagraphs(String text) throws XMLStreamException {
        for (String line : sanitized(text).split("\n", -1)) {
            xml.writeStartElement("text", "p", TEXT);
            StringBuilder run = new StringBuilder();
            int spaces = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean collapsible = c == ' ' && (i == 0 || line.charAt(i - 1) == ' ' || i == line.length() - 1);
                if (collapsible || c == '\t' || c == '\r') {
                    if (run.length() > 0) {
                        xml.writeCharacters(run.toString());
                        run.setLength(0);
                    }
                    if (c == ' ') {
                        spaces++;
                        continue;
                    }
                    spaces = writeSpaces(spaces);
                    if (c == '\t') {
                        xml.writeEmptyElement("text", "tab", TEXT);
                    } else {
                        // A raw carriage return would be read back as a line feed: XML normalises line ends.
                        ((XMLStreamWriter2) xml).writeRaw("&#13;");
                    }
                    continue;
                }
                spaces = writeSpaces(spaces);
                run.append(c);
            }
            if (run.length() > 0) {
                xml.writeCharacters(run.toString());
            }
            writeSpaces(spaces);
            xml.writeEndElement();
        }
    }

    private int writeSpaces(int spaces) throws XMLStreamException {
        if (spaces > 0) {
            xml.writeEmptyElement("text", "s", TEXT);
            if (spaces > 1) {
                xml.writeAttribute("text", TEXT, "c", Integer.toString(spaces));
            }
        }
        return 0;
    }

    /** The text without the characters XML 1.0 cannot hold (controls, lone surrogates), tabs and line ends kept. */
    private static String sanitized(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && !Character.isSurrogate(c)
                    && c != 0xFFFE && c != 0xFFFF)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    @Override
    protected void end() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            closeEntry(xml);
            zip.finish();
            zip.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** A writer of the current zip entry, buffered: the JDK's writer sends small pieces, which deflating one by one is slow. */
    private XMLStreamWriter writer() throws XMLStreamException {
        entry = new BufferedOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 1 << 16);
        return Xml.writer(entry);
    }

    private void closeEntry(XMLStreamWriter writer) throws IOException, XMLStreamException {
        writer.flush();
        writer.close();
        entry.flush();
        zip.closeEntry();
    }

    private static void namespaces(XMLStreamWriter writer) throws XMLStreamException {
        writer.writeNamespace("office", OFFICE);
        writer.writeNamespace("style", STYLE);
        writer.writeNamespace("text", TEXT);
        writer.writeNamespace("table", TABLE);
        writer.writeNamespace("number", NUMBER);
        writer.writeNamespace("fo", FO);
    }

    private void writeManifest() throws IOException, XMLStreamException {
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        XMLStreamWriter manifest = writer();
        manifest.writeStartDocument("UTF-8", "1.0");
        manifest.writeStartElement("manifest", "manifest", MANIFEST);
        manifest.writeNamespace("manifest", MANIFEST);
        manifest.writeAttribute("manifest", MANIFEST, "version", VERSION);
        fileEntry(manifest, "/", OdsWorkbookReader.MIME_TYPE);
        for (String part : List.of("content.xml", "styles.xml", "settings.xml")) {
            fileEntry(manifest, part, "text/xml");
        }
        manifest.writeEndElement();
        manifest.writeEndDocument();
        closeEntry(manifest);
    }

    private static void fileEntry(XMLStreamWriter manifest, String path, String mediaType) throws XMLStreamException {
        manifest.writeEmptyElement("manifest", "file-entry", MANIFEST);
        manifest.writeAttribute("manifest", MANIFEST, "full-path", path);
        if ("/".equals(path)) {
            manifest.writeAttribute("manifest", MANIFEST, "version", VERSION);
        }
        manifest.writeAttribute("manifest", MANIFEST, "media-type", mediaType);
    }

    private void writeStyles() throws IOException, XMLStreamException {
        zip.putNextEntry(new ZipEntry("styles.xml"));
        XMLStreamWriter styles = writer();
        styles.writeStartDocument("UTF-8", "1.0");
        styles.writeStartElement("office", "document-styles", OFFICE);
        namespaces(styles);
        styles.writeAttribute("office", OFFICE, "version", VERSION);
        styles.writeStartElement("office", "styles", OFFICE);
        styles.writeEmptyElement("style", "style", STYLE);
        styles.writeAttribute("style", STYLE, "name", "Default");
        styles.writeAttribute("style", STYLE, "family", "table-cell");
        styles.writeEndElement();
        styles.writeEndElement();
        styles.writeEndDocument();
        closeEntry(styles);
    }

    /** The view settings that freeze the header row, as LibreOffice reads them. */
    private void writeSettings() throws IOException, XMLStreamException {
        zip.putNextEntry(new ZipEntry("settings.xml"));
        XMLStreamWriter settings = writer();
        settings.writeStartDocument("UTF-8", "1.0");
        settings.writeStartElement("office", "document-settings", OFFICE);
        settings.writeNamespace("office", OFFICE);
        settings.writeNamespace("config", CONFIG);
        settings.writeAttribute("office", OFFICE, "version", VERSION);
        settings.writeStartElement("office", "settings", OFFICE);
        settings.writeStartElement("config", "config-item-set", CONFIG);
        settings.writeAttribute("config", CONFIG, "name", "ooo:view-settings");
        settings.writeStartElement("config", "config-item-map-indexed", CONFIG);
        settings.writeAttribute("config", CONFIG, "name", "Views");
        settings.writeStartElement("config", "config-item-map-entry", CONFIG);
        configItem(settings, "ViewId", "string", "view1");
        settings.writeStartElement("config", "config-item-map-named", CONFIG);
        settings.writeAttribute("config", CONFIG, "name", "Tables");
        settings.writeStartElement("config", "config-item-map-entry", CONFIG);
        settings.writeAttribute("config", CONFIG, "name", sheetName);
        configItem(settings, "HorizontalSplitMode", "short", "0");
        configItem(settings, "VerticalSplitMode", "short", "2");
        configItem(settings, "HorizontalSplitPosition", "int", "0");
        configItem(settings, "VerticalSplitPosition", "int", "1");
        configItem(settings, "ActiveSplitRange", "short", "2");
        configItem(settings, "PositionLeft", "int", "0");
        configItem(settings, "PositionRight", "int", "0");
        configItem(settings, "PositionTop", "int", "0");
        configItem(settings, "PositionBottom", "int", "1");
        settings.writeEndElement();
        settings.writeEndElement();
        configItem(settings, "ActiveTable", "string", sheetName);
        settings.writeEndElement();
        settings.writeEndElement();
        settings.writeEndElement();
        settings.writeEndElement();
        settings.writeEndElement();
        settings.writeEndDocument();
        closeEntry(settings);
    }

    private static void configItem(XMLStreamWriter settings, String name, String type, String value)
            throws XMLStreamException {
        settings.writeStartElement("config", "config-item", CONFIG);
        settings.writeAttribute("config", CONFIG, "name", name);
        settings.writeAttribute("config", CONFIG, "type", type);
        settings.writeCharacters(value);
        settings.writeEndElement();
    }
}
