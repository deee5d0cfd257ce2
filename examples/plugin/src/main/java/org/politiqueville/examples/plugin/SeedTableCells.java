package org.politiqueville.examples.plugin;

import java.util.ArrayList;
import java.util.List;
import org.politiqueville.core.exchange.HeaderMapping;
import org.politiqueville.core.exchange.RecordKind;

/** Splitting and joining the cells of a seed table line, and recognising its header. */
final class SeedTableCells {

    /** The columns of the table, in the page's order, with the core column each one fills. */
    enum Column {
        TITLE("Documents", "title"),
        CATEGORIES("Catégories", "categories"),
        PERIOD("Année", "period"),
        TYPE("type", "type"),
        LINK("lien", "link");

        private final String header;
        private final String column;

        Column(String header, String column) {
            this.header = header;
            this.column = column;
        }

        /** The header as the page writes it. */
        String header() {
            return header;
        }

        /** The canonical name of the core's column of documents ({@link HeaderMapping}). */
        String column() {
            return column;
        }

        /** Whether a header names this column, as the core recognises headers of documents. */
        boolean matches(String text) {
            return HeaderMapping.match(RecordKind.DOCUMENTS, text).filter(found -> found.name().equals(column))
                    .isPresent();
        }
    }

    private SeedTableCells() {
    }

    /**
     * The cells of a line, trimmed: split on unescaped pipes, one trailing empty cell after a
     * trailing pipe dropped, {@code \|} and {@code \\} unescaped.
     */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
                cell.append(line.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        String last = cell.toString().strip();
        if (!last.isEmpty() || !line.stripTrailing().endsWith("|")) {
            cells.add(last);
        }
        return cells;
    }

    /** One cell as written: pipes and backslashes escaped, line breaks turned into spaces. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    /** Whether a line contains a cell separator. */
    static boolean hasPipe(String line) {
        return line.indexOf('|') >= 0;
    }

    /** Whether a line is a rule under the header, such as {@code ---|---|:--:|}. */
    static boolean isRule(List<String> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.matches(":?-{1,}:?"));
    }

    /** Whether a line starts with the {@code Documents | Catégories} header. */
    static boolean isHeaderStart(String line) {
        if (!hasPipe(line)) {
            return false;
        }
        List<String> cells = split(line.startsWith("\uFEFF") ? line.substring(1) : line);
        return cells.size() >= 2 && Column.TITLE.matches(cells.get(0)) && Column.CATEGORIES.matches(cells.get(1));
    }
}
