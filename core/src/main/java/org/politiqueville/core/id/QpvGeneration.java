package org.politiqueville.core.id;

/**
 * The national list a QPV code belongs to. A quarter may carry one code of each generation; they
 * are different identifiers, not aliases.
 */
public enum QpvGeneration {
    /** The 2015–2023 list: {@code QP} + département + 3 digits, such as {@code QP059005}. */
    LIST_2015("QP"),
    /** The list in force since 2024 (decree 2023-1314): {@code QN} + département + 2 digits + letter. */
    LIST_2024("QN");

    private final String prefix;

    QpvGeneration(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The two letters every code of this generation starts with.
     *
     * @return {@code QP} or {@code QN}
     */
    public String prefix() {
        return prefix;
    }
}
