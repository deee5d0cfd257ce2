package org.politiqueville.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name reduced to what people mean by it, so that the many ways a spreadsheet spells a place or
 * a label compare equal: {@code "Bottière – Pin Sec"}, {@code "bottiere-pin sec"} and
 * {@code "BOTTIÈRE PIN-SEC"} have the same key.
 *
 * <p>{@link #of(CharSequence)} ignores case, accents (folded with {@link Normalizer}), every kind of
 * dash, apostrophe and punctuation, repeated or no-break spaces, and leading French articles
 * ({@code le}, {@code la}, {@code les}, {@code l'}): {@code "Le Breil"}, {@code "Breil"} and
 * {@code "breil"} share a key, and the key of a key's value is that same key. It also spells out
 * the abbreviations {@code St} and {@code Ste} that spreadsheets use for {@code Saint} and
 * {@code Sainte}: {@code "St-Herblain"} is {@code "Saint-Herblain"}. {@link #compact(CharSequence)} also ignores spaces, for column
 * headers such as {@code "Commune(s)"} and {@code "COMMUNE_QP"}.
 *
 * @param value the normalised text: lower-case ASCII letters and digits separated by single spaces
 */
public record NameKey(String value) implements Comparable<NameKey> {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    // Every leading article goes, so that the key of a key is the same key ("La La Source").
    private static final Pattern LEADING_ARTICLES = Pattern.compile("^(?:(?:le|la|les|l) )+");
    private static final Pattern SAINT = Pattern.compile("(?<![^ ])st(?![^ ])");
    private static final Pattern SAINTE = Pattern.compile("(?<![^ ])ste(?![^ ])");

    /**
     * Checks the key.
     *
     * @param value the normalised text: lower-case ASCII letters and digits separated by single spaces
     * @throws NullPointerException if {@code value} is null
     */
    public NameKey {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The key of a name, insensitive to case, accents, punctuation, spacing and leading articles.
     *
     * @param name the name, not null
     * @return the key, not null (its value is empty for a name made only of punctuation)
     */
    public static NameKey of(CharSequence name) {
        // words() ends with a word, never a space, so a name made only of an article keeps it.
        return new NameKey(LEADING_ARTICLES.matcher(saints(words(name))).replaceFirst(""));
    }

    /**
     * The key of a column header or code-like label: like {@link #of(CharSequence)} but keeping
     * articles and dropping spaces, so {@code "Code QPV"}, {@code "code_qpv"} and {@code "CODE-QPV"}
     * share a key.
     *
     * @param label the label, not null
     * @return the key, not null
     */
    public static NameKey compact(CharSequence label) {
        return new NameKey(words(label).replace(" ", ""));
    }

    /**
     * Spells out the words {@code st} and {@code ste}, which in place names always abbreviate
     * {@code saint} and {@code sainte}.
     *
     * @param words folded words
     * @return the words with the abbreviations spelled out
     */
    private static String saints(String words) {
        if (!words.contains("st")) {
            return words;
        }
        return SAINTE.matcher(SAINT.matcher(words).replaceAll("saint")).replaceAll("sainte");
    }

    /**
     * Folds a text to lower-case unaccented words separated by single spaces.
     *
     * @param text the text, not null
     * @return the words
     */
    private static String words(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // Ligatures such as œ and æ have no decomposition; fold them by hand as French readers do,
        // after lower-casing so that capitals (Œ, ẞ) fold too.
        String folded = unaccented.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return NOT_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * Whether the name had nothing but punctuation and spaces.
     *
     * @return true if the key is empty
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public int compareTo(NameKey other) {
        return value.compareTo(other.value);
    }

    /**
     * The normalised text.
     *
     * @return the key's value
     */
    @Override
    public String toString() {
        return value;
    }
}
