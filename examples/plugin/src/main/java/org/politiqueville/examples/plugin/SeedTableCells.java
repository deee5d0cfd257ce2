package org.politiqueville.examples.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.politiqueville.core.text.NameKey;

/** Splitting and joining the cells of a seed table line, and recognising its header. */
final class SeedTableCells {

    /** The columns of the table, in the page's order. */
    enum Column {
        TITLE("Documents", "documents", "document", "titre", "title"),
        CATEGORIES("Catégories", "categories", "categorie", "category"),
        PERIOD("Année", "annee", "annees", "periode", "year", "period"),
        TYPE("type", "type", "libelle", "label"),
        LINK("lien", "lien", "url", "link");

        private final String header;
        private final List<String> keys;

        Column(String header, String... keys) {
            this.header = header;
            this.keys = List.of(keys);
        }

        /** The header as the page writes it. */
        String header() {
            return header;
        }

        static Optional<Column> match(String header) {
            String key = NameKey.compact(header).value();
            for (Column column : values()) {
                if (column.keys.contains(key)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
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
        return cells.size() >= 2 && Column.match(cells.get(0)).orElse(null) == Column.TITLE
                && Column.match(cells.get(1)).orElse(null) == Column.CATEGORIES;
    }
}
