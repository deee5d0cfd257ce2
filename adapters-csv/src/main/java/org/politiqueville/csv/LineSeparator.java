package org.politiqueville.csv;

/**
 * The characters that end a record: what a file uses, as detected, and what a writer writes.
 *
 * <p>Reading accepts the three in any mix whatever the dialect says; the dialect's separator only
 * matters for writing and for the detection report.
 */
public enum LineSeparator {

    /** Carriage return then line feed, as Windows and Excel write ({@code \r\n}). */
    CRLF("\r\n"),
    /** Line feed alone, as Unix tools and most open-data portals write ({@code \n}). */
    LF("\n"),
    /** Carriage return alone, as classic Mac OS spreadsheets wrote ({@code \r}). */
    CR("\r");

    private final String characters;

    LineSeparator(String characters) {
        this.characters = characters;
    }

    /**
     * The separator's characters.
     *
     * @return {@code "\r\n"}, {@code "\n"} or {@code "\r"}, not null
     */
    public String characters() {
        return characters;
    }
}
