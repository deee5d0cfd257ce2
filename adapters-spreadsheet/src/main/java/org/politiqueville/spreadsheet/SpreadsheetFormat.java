package org.politiqueville.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The workbook formats this module reads, and writes where it can.
 *
 * <table class="striped">
 * <caption>What each format supports</caption>
 * <thead><tr><th scope="col">format</th><th scope="col">read</th><th scope="col">write</th>
 * <th scope="col">memory when reading</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@link #XLSX}</th><td>yes, streaming</td><td>yes, streaming</td>
 *     <td>flat: one row at a time, plus the shared strings the sheet uses</td></tr>
 * <tr><th scope="row">{@link #ODS}</th><td>yes, streaming</td><td>yes, streaming</td>
 *     <td>flat: one row at a time</td></tr>
 * <tr><th scope="row">{@link #XLS}</th><td>yes, whole workbook in memory</td><td>no</td>
 *     <td>the whole workbook: about 130 MB of heap for a full sheet of 65,536 rows</td></tr>
 * </tbody>
 * </table>
 */
public enum SpreadsheetFormat {

    /** Office Open XML workbooks, Excel 2007 and later. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    /** Excel 97–2003 workbooks (BIFF8), read only. */
    XLS("xls", "application/vnd.ms-excel", false),
    /** OpenDocument spreadsheets, as LibreOffice writes them and French administrations are asked to use. */
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", true);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final String extension;
    private final String mediaType;
    private final boolean writable;

    SpreadsheetFormat(String extension, String mediaType, boolean writable) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writable = writable;
    }

    /**
     * The file extension, lower case, without the dot.
     *
     * @return {@code xlsx}, {@code xls} or {@code ods}
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type.
     *
     * @return the media type, not null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Whether this module writes the format.
     *
     * @return false for {@link #XLS}
     */
    public boolean isWritable() {
        return writable;
    }

    /**
     * The format a file name says.
     *
     * @param file the file, not null
     * @return the format of its extension (ignoring case), or empty
     */
    public static Optional<SpreadsheetFormat> ofFile(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (text.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the first bytes of a file look like this format. Conservative: an OpenDocument
     * spreadsheet names its type in its first entry; an .xlsx package has a part under
     * {@code xl/} among its first entries; an .xls file is an OLE2 container naming its
     * {@code Workbook} stream in the bytes given (not always the case: false when unsure).
     *
     * @param head the first bytes, not null
     * @return true if the bytes are probably of this format
     */
    public boolean sniff(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return switch (this) {
            case ODS -> startsWith(head, ZIP) && text.startsWith("mimetype", 30)
                    && text.contains("application/vnd.oasis.opendocument.spreadsheet");
            case XLSX -> startsWith(head, ZIP) && text.contains("xl/") && !text.contains("mimetype");
            case XLS -> startsWith(head, OLE2) && new String(head, StandardCharsets.UTF_16LE).contains("Workbook");
        };
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
