package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 parser (comma, CRLF) for the tests of the report's CSV: anything malformed is
 * an {@link IllegalArgumentException}.
 */
final class MiniCsv {

    private MiniCsv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int at = 0;
        boolean rowStarted = false;
        while (at < text.length()) {
            rowStarted = true;
            if (text.charAt(at) == '"') {
                at++;
                while (true) {
                    if (at >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = text.charAt(at++);
                    if (c == '"') {
                        if (at < text.length() && text.charAt(at) == '"') {
                            field.append('"');
                            at++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\r') {
                    char c = text.charAt(at++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare quote or line feed in an unquoted field");
                    }
                    field.append(c);
                }
            }
            row.add(field.toString());
            field.setLength(0);
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            } else if (text.startsWith("\r\n", at)) {
                at += 2;
                rows.add(row);
                row = new ArrayList<>();
                rowStarted = false;
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + at);
            }
        }
        if (rowStarted) {
            throw new IllegalArgumentException("last row does not end with CRLF");
        }
        return rows;
    }
}
