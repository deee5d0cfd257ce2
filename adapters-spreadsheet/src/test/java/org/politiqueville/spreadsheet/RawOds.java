package org.politiqueville.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .ods packages as LibreOffice writes them, for cells and structures tests need: typed
 * values with data styles, repeated rows and cells, spans and covered cells, hidden rows, notes.
 *
 * <p>Cell styles: {@code ceDate} ({@code dd/mm/yyyy}), {@code ceMonth} ({@code mm/yyyy}),
 * {@code ceZeros} (five digits), {@code cePercent} ({@code 0 %}); table style {@code taHidden} hides a sheet.
 */
final class RawOds {

    static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
            + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    private final StringBuilder tables = new StringBuilder();
    private boolean encrypted;

    /** Adds a sheet whose content is {@code <table:table-row>} elements. */
    RawOds sheet(String name, String rows) {
        tables.append("<table:table table:name=\"").append(RawXlsx.escape(name)).append("\">")
                .append("<table:table-column table:number-columns-repeated=\"1024\"/>")
                .append(rows).append("</table:table>");
        return this;
    }

    /** Adds a hidden sheet. */
    RawOds hiddenSheet(String name, String rows) {
        tables.append("<table:table table:name=\"").append(RawXlsx.escape(name)).append("\" table:style-name=\"taHidden\">")
                .append(rows).append("</table:table>");
        return this;
    }

    /** Declares the content encrypted in the manifest, as a password-protected file does. */
    RawOds encrypted() {
        encrypted = true;
        return this;
    }

    static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    static String text(String text) {
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>"
                + RawXlsx.escape(text) + "</text:p></table:table-cell>";
    }

    static String number(String value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value
                + "</text:p></table:table-cell>";
    }

    static String empty() {
        return "<table:table-cell/>";
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimeType = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimeType.length);
            CRC32 crc = new CRC32();
            crc.update(mimeType);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimeType);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                    + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>" : "")
                    + "</manifest:file-entry></manifest:manifest>");
            put(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content " + NAMESPACES + " office:version=\"1.3\">"
                    + "<office:automatic-styles>"
                    + "<style:style style:name=\"taHidden\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
                    + "<number:date-style style:name=\"N37\"><number:day number:style=\"long\"/><number:text>/</number:text>"
                    + "<number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/></number:date-style>"
                    + "<number:date-style style:name=\"N38\"><number:month number:style=\"long\"/><number:text>/</number:text>"
                    + "<number:year number:style=\"long\"/></number:date-style>"
                    + "<number:number-style style:name=\"N39\"><number:number number:decimal-places=\"0\" number:min-integer-digits=\"5\"/></number:number-style>"
                    + "<number:percentage-style style:name=\"N40\"><number:number number:decimal-places=\"0\" number:min-integer-digits=\"1\"/>"
                    + "<number:text>%</number:text></number:percentage-style>"
                    + "<style:style style:name=\"ceDate\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N37\"/>"
                    + "<style:style style:name=\"ceMonth\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N38\"/>"
                    + "<style:style style:name=\"ceZeros\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N39\"/>"
                    + "<style:style style:name=\"cePercent\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N40\"/>"
                    + "</office:automatic-styles>"
                    + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
