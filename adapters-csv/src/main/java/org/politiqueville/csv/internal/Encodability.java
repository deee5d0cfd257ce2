package org.politiqueville.csv.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Whether a charset can encode a text, answered without encoding it for the texts nearly every
 * cell is: {@link CharsetEncoder#canEncode(CharSequence)} allocates and runs a whole encoding on
 * each call, which made it the largest cost of writing a CSV file.
 *
 * <p>Which of the 128 ASCII characters the charset encodes is asked once; a text of such characters
 * only is encodable. A Unicode charset (UTF-8, UTF-16, UTF-32) encodes every text without a lone
 * surrogate. Any other text is asked to the encoder. Not thread-safe (the encoder is not).
 */
public final class Encodability {

    private final CharsetEncoder encoder;
    private final boolean unicode;
    private final boolean[] ascii = new boolean[128];

    /**
     * Prepares the answers for a charset.
     *
     * @param charset the charset, not null
     */
    public Encodability(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        this.encoder = charset.newEncoder();
        this.unicode = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16")
                || charset.name().startsWith("UTF-32");
        for (char c = 0; c < 128; c++) {
            ascii[c] = encoder.canEncode(c);
        }
    }

    /**
     * Whether the charset can encode a text, as {@link CharsetEncoder#canEncode(CharSequence)}
     * says.
     *
     * @param text the text, not null
     * @return true if every character can be encoded
     */
    public boolean canEncode(String text) {
        if (unicode) {
            return !hasLoneSurrogate(text);
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !ascii[c]) {
                return encoder.canEncode(text);
            }
        }
        return true;
    }

    private static boolean hasLoneSurrogate(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !Character.isSurrogate(text.charAt(first))) {
            first++;
        }
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
