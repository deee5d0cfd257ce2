package org.politiqueville.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx packages part by part, as Excel writes them, for cells no high-level writer makes:
 * formulas with saved results, errors, dates in custom formats, numbers padded with zeros, merged
 * ranges and hidden rows.
 *
 * <p>Cell styles (the {@code s} attribute): 0 General, 1 {@code dd/mm/yyyy}, 2 {@code mm/yyyy},
 * 3 {@code yyyy}, 4 {@code 00000}, 5 {@code 0%} (built-in 9), 6 {@code 0.0}, 7 text {@code @}
 * (built-in 49), 8 built-in 14 ({@code m/d/yy}), 9 {@code dd/mm/yyyy hh:mm}, 10 {@code [$-40C]d mmmm yyyy}.
 */
final class RawXlsx {

    static final int DATE = 1;
    static final int MONTH = 2;
    static final int YEAR = 3;
    static final int ZEROS = 4;
    static final int PERCENT = 5;
    static final int ONE_DECIMAL = 6;
    static final int TEXT = 7;
    static final int BUILTIN_DATE = 8;
    static final int DATE_TIME = 9;
    static final int LONG_DATE = 10;

    private record Sheet(String name, String state, String data, String merges) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;

    /** Adds a sheet; {@code rows} are {@code <row>} elements, {@code merges} ranges such as {@code A1:C1}. */
    RawXlsx sheet(String name, String rows, String... merges) {
        return sheetInState(name, "visible", rows, merges);
    }

    /** Adds a sheet in a state: {@code visible}, {@code hidden} or {@code veryHidden}. */
    RawXlsx sheetInState(String name, String state, String rows, String... merges) {
        StringBuilder ranges = new StringBuilder();
        if (merges.length > 0) {
            ranges.append("<mergeCells count=\"").append(merges.length).append("\">");
            for (String merge : merges) {
                ranges.append("<mergeCell ref=\"").append(merge).append("\"/>");
            }
            ranges.append("</mergeCells>");
        }
        sheets.add(new Sheet(name, state, rows, ranges.toString()));
        return this;
    }

    RawXlsx date1904() {
        date1904 = true;
        return this;
    }

    /** A shared string's index, for {@link #shared(String, String)}. */
    private int share(String text) {
        int index = sharedStrings.indexOf(text);
        if (index < 0) {
            sharedStrings.add(text);
            index = sharedStrings.size() - 1;
        }
        return index;
    }

    /** A row element. */
    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /** A hidden row element. */
    static String hiddenRow(int number, String... cells) {
        return "<row r=\"" + number + "\" hidden=\"1\">" + String.join("", cells) + "</row>";
    }

    /** An inline string cell. */
    static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
    }

    /** A shared string cell. */
    String shared(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + share(text) + "</v></c>";
    }

    /** A number cell in a style. */
    static String number(String ref, String value, int style) {
        return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><v>" + value + "</v></c>";
    }

    /** A formula cell with its saved numeric result. */
    static String formula(String ref, String formula, String result, int style) {
        return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><f>" + escape(formula)
                + "</f><v>" + result + "</v></c>";
    }

    /** A formula cell with its saved text result. */
    static String textFormula(String ref, String formula, String result) {
        return "<c r=\"" + ref + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(result) + "</v></c>";
    }

    /** A formula cell whose saved result is an error. */
    static String errorFormula(String ref, String formula, String error) {
        return "<c r=\"" + ref + "\" t=\"e\"><f>" + escape(formula) + "</f><v>" + error + "</v></c>";
    }

    /** A formula cell saved without a result, as some programs write them. */
    static String formulaWithoutResult(String ref, String formula) {
        return "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f></c>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder overrides = new StringBuilder();
            StringBuilder sheetList = new StringBuilder();
            StringBuilder relations = new StringBuilder();
            for (int i = 0; i < sheets.size(); i++) {
                int n = i + 1;
                overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                sheetList.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(n)
                        .append("\" state=\"").append(sheets.get(i).state()).append("\" r:id=\"rId").append(n + 10)
                        .append("\"/>");
                relations.append("<Relationship Id=\"rId").append(n + 10)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"")
                        .append(" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            }
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + (date1904 ? "<workbookPr date1904=\"true\"/>" : "<workbookPr/>")
                    + "<sheets>" + sheetList + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + relations + "</Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"7\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"mm/yyyy\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy\"/>"
                    + "<numFmt numFmtId=\"167\" formatCode=\"00000\"/><numFmt numFmtId=\"168\" formatCode=\"0.0\"/>"
                    + "<numFmt numFmtId=\"169\" formatCode=\"dd/mm/yyyy hh:mm\"/>"
                    + "<numFmt numFmtId=\"170\" formatCode=\"[$-40C]d mmmm yyyy\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"11\">" + xf(0) + xf(164) + xf(165) + xf(166) + xf(167) + xf(9) + xf(168) + xf(49)
                    + xf(14) + xf(169) + xf(170) + "</cellXfs></styleSheet>");
            StringBuilder strings = new StringBuilder();
            for (String text : sharedStrings) {
                strings.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
            }
            put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                    + sharedStrings.size() + "\" uniqueCount=\"" + sharedStrings.size() + "\">" + strings + "</sst>");
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheetData>" + sheets.get(i).data() + "</sheetData>" + sheets.get(i).merges() + "</worksheet>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String xf(int format) {
        return "<xf numFmtId=\"" + format + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (format == 0 ? "" : " applyNumberFormat=\"1\"") + "/>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
