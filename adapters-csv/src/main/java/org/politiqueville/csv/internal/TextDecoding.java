package org.politiqueville.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Charset sniffing and decoding for legacy spreadsheet exports.
 *
 * <p>Decoding is strict (a malformed byte sequence is an error) for every charset but
 * Windows-1252, the last-resort fallback: its five unassigned bytes ({@code 0x81}, {@code 0x8D},
 * {@code 0x8F}, {@code 0x90}, {@code 0x9D}) read as U+FFFD so that any byte sequence can be read.
 */
public final class TextDecoding {

    /** Windows-1252, the charset of Excel's "CSV (separator: semicolon)" on a French Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * What the first bytes say about the charset.
     *
     * @param charset       the charset the byte order mark names, or null if there is none
     * @param byteOrderMark whether there is a byte order mark
     */
    public record Sniffed(Charset charset, boolean byteOrderMark) {
    }

    private TextDecoding() {
    }

    /**
     * Reads a byte order mark, if any: UTF-8 ({@code EF BB BF}), UTF-16 little endian
     * ({@code FF FE}) or big endian ({@code FE FF}).
     *
     * @param in the input at its start, not null; up to three bytes are consumed
     * @return the charset the mark names, or an empty result, not null
     * @throws IOException if the input cannot be read
     */
    public static Sniffed sniffByteOrderMark(InputStream in) throws IOException {
        byte[] head = in.readNBytes(3);
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Sniffed(StandardCharsets.UTF_8, true);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Sniffed(StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Sniffed(StandardCharsets.UTF_16BE, true);
        }
        return new Sniffed(null, false);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the whole input is well-formed UTF-8, in a streaming pass (memory does not grow with
     * the input). Well-formed as the JDK's strict decoder defines it (RFC 3629): no overlong form,
     * no surrogate code point, nothing above U+10FFFF, no truncated sequence at the end. Detection
     * reads every byte of a file this way, so runs of ASCII, most of any file, are checked eight
     * bytes at a time rather than decoded.
     *
     * @param in the input, not null; read to its end or to its first malformed sequence
     * @return true if every byte sequence is valid UTF-8
     * @throws IOException if the input cannot be read
     */
    public static boolean isValidUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES + 3];
        int carried = 0;
        while (true) {
            int read = in.readNBytes(buffer, carried, BUFFER_BYTES);
            int length = carried + read;
            boolean end = read < BUFFER_BYTES;
            int checked = validUtf8Prefix(buffer, length, end);
            if (checked < 0) {
                return false;
            }
            if (end) {
                return true;
            }
            carried = length - checked;
            System.arraycopy(buffer, checked, buffer, 0, carried);
        }
    }

    /**
     * Checks the UTF-8 sequences of {@code bytes[0..length)}.
     *
     * @return how many bytes were checked (all but an incomplete sequence at the end, unless
     *         {@code end}), or -1 if a sequence is malformed
     */
    private static int validUtf8Prefix(byte[] bytes, int length, boolean end) {
        ByteBuffer view = ByteBuffer.wrap(bytes);
        int i = 0;
        while (i < length) {
            if (i + 8 <= length && (longAt(view, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int size;
            int min;
            int max;
            if (b >= 0xC2 && b <= 0xDF) {
                size = 2;
                min = 0x80;
                max = 0xBF;
            } else if (b == 0xE0) {
                size = 3;
                min = 0xA0;
                max = 0xBF;
            } else if (b == 0xED) {
                size = 3;
                min = 0x80;
                max = 0x9F;
            } else if (b >= 0xE1 && b <= 0xEF) {
                size = 3;
                min = 0x80;
                max = 0xBF;
            } else if (b == 0xF0) {
                size = 4;
                min = 0x90;
                max = 0xBF;
            } else if (b >= 0xF1 && b <= 0xF3) {
                size = 4;
                min = 0x80;
                max = 0xBF;
            } else if (b == 0xF4) {
                size = 4;
                min = 0x80;
                max = 0x8F;
            } else {
                return -1;
            }
            // The second byte has a range of its own; the others are plain continuation bytes.
            for (int k = 1; k < size; k++) {
                if (i + k >= length) {
                    return end ? -1 : i;
                }
                int c = bytes[i + k] & 0xFF;
                if (k == 1 ? c < min || c > max : c < 0x80 || c > 0xBF) {
                    return -1;
                }
            }
            i += size;
        }
        return i;
    }

    /**
     * Eight bytes in one load rather than assembled from eight: the scans are bound by it. The
     * order does not matter to the tests made on them (a high bit set, a byte of a given value).
     */
    private static long longAt(ByteBuffer bytes, int at) {
        return bytes.getLong(at);
    }

    /**
     * What a pass over the bytes says about UTF-8: how many well-formed multi-byte sequences and how
     * many malformed bytes there are, and where the first malformed byte is.
     *
     * @param multiByteSequences the well-formed sequences of two to four bytes
     * @param malformedBytes     the bytes that start no well-formed sequence
     * @param firstMalformedLine the 1-based line of the first malformed byte (line feeds and lone
     *                           carriage returns counted), or 0 if there is none
     * @param firstMalformedByte the first malformed byte (0–255), or -1 if there is none
     */
    public record Utf8Scan(long multiByteSequences, long malformedBytes, long firstMalformedLine,
                           int firstMalformedByte) {

        /**
         * Whether every byte sequence is UTF-8.
         *
         * @return true if no byte is malformed
         */
        public boolean valid() {
            return malformedBytes == 0;
        }

        /**
         * Whether the bytes look like UTF-8 text with some bytes of another encoding: there is at
         * least one malformed byte, and more valid multi-byte sequences than malformed bytes. A
         * Windows-1252 file has a malformed byte for nearly every accented letter and only by chance
         * a valid sequence (an accented capital followed by a symbol, such as {@code É»}); a UTF-8
         * file with a pasted Windows-1252 line has the opposite.
         *
         * @return true if the encodings are mixed
         */
        public boolean mixed() {
            return malformedBytes > 0 && multiByteSequences > malformedBytes;
        }
    }

    /**
     * Scans the whole input as UTF-8 in a streaming pass (memory does not grow with the input).
     *
     * @param in the input, not null; read to its end
     * @return the counts, not null
     * @throws IOException if the input cannot be read
     */
    public static Utf8Scan scanUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        ByteBuffer view = ByteBuffer.wrap(buffer);
        long multiByte = 0;
        long malformed = 0;
        long line = 1;
        long firstLine = 0;
        int firstByte = -1;
        int expected = 0;
        int lead = 0;
        int seen = 0;
        boolean afterCarriageReturn = false;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            int i = 0;
            while (i < read) {
                // ASCII bytes without a line break change nothing but the position: skip them eight
                // at a time. Once a malformed byte is found, lines no longer matter: any ASCII does.
                if (expected == 0 && i + 8 <= read) {
                    int from = i;
                    if (firstByte >= 0) {
                        while (i + 8 <= read && (longAt(view, i) & 0x8080808080808080L) == 0) {
                            i += 8;
                        }
                    } else {
                        while (i + 8 <= read && isPlainAscii(longAt(view, i))) {
                            i += 8;
                        }
                    }
                    if (i != from) {
                        afterCarriageReturn = false;
                        continue;
                    }
                }
                int b = buffer[i++] & 0xFF;
                if (expected > 0) {
                    if (continues(lead, seen, b)) {
                        seen++;
                        if (seen == expected) {
                            multiByte++;
                            expected = 0;
                        }
                        continue;
                    }
                    // The lead byte and its continuations so far start no sequence.
                    malformed++;
                    expected = 0;
                    if (firstByte < 0) {
                        firstByte = lead;
                        firstLine = line;
                    }
                }
                if (b == '\n') {
                    line += afterCarriageReturn ? 0 : 1;
                } else if (b == '\r') {
                    line++;
                }
                afterCarriageReturn = b == '\r';
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0) {
                    malformed++;
                    if (firstByte < 0) {
                        firstByte = b;
                        firstLine = line;
                    }
                } else if (length > 1) {
                    expected = length - 1;
                    lead = b;
                    seen = 0;
                }
            }
        }
        if (expected > 0) {
            malformed++;
            if (firstByte < 0) {
                firstByte = lead;
                firstLine = line;
            }
        }
        return new Utf8Scan(multiByte, malformed, firstLine, firstByte);
    }

    /** Whether eight bytes are ASCII and none is a line feed or a carriage return. */
    private static boolean isPlainAscii(long bytes) {
        return (bytes & 0x8080808080808080L) == 0 && !hasByte(bytes, '\n') && !hasByte(bytes, '\r');
    }

    /** Whether one of eight ASCII bytes equals {@code value} (exact for bytes below 0x80). */
    private static boolean hasByte(long bytes, int value) {
        long x = bytes ^ (0x0101010101010101L * value);
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

    /** Whether {@code b} is the next continuation byte of a sequence, with the lead byte's range rules. */
    private static boolean continues(int lead, int seen, int b) {
        if (seen == 0) {
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            return b >= low && b <= high;
        }
        return b >= 0x80 && b <= 0xBF;
    }

    /**
     * Guesses UTF-16 without a byte order mark from its zero bytes: ASCII text in UTF-16 has a
     * zero byte in every other position. At least a third of the odd (or even) positions must be
     * zero, and almost none of the other ones.
     *
     * @param head the first bytes of the input, not null
     * @return UTF-16LE, UTF-16BE, or null if the bytes do not look like UTF-16
     */
    public static Charset sniffUtf16WithoutByteOrderMark(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 3 >= pairs && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 3 >= pairs && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * A decoder for a charset: strict, except for Windows-1252 (see the class comment) or when
     * {@code strict} is false, where malformed input reads as U+FFFD.
     *
     * @param charset the charset, not null
     * @param strict  false to replace malformed input instead of failing
     * @return a new decoder, not null
     */
    public static CharsetDecoder decoder(Charset charset, boolean strict) {
        CodingErrorAction action = strict && !charset.equals(WINDOWS_1252)
                ? CodingErrorAction.REPORT
                : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    /**
     * A reader of decoded text that skips a leading byte order mark.
     *
     * @param in      the input at its start, not null
     * @param charset its charset, not null
     * @param strict  false to replace malformed input instead of failing (see
     *                {@link #decoder(Charset, boolean)})
     * @return the reader, not null; closing it closes {@code in}
     * @throws IOException if the input cannot be read, or its first character not decoded
     */
    public static Reader reader(InputStream in, Charset charset, boolean strict) throws IOException {
        PushbackReader reader = new PushbackReader(new DecodingReader(in, decoder(charset, strict)), 1);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * Reads the beginning of a text.
     *
     * @param reader   the reader, not null
     * @param maxChars the most characters to read
     * @return the characters read, at most {@code maxChars}, not null
     * @throws IOException if the input cannot be read or decoded
     */
    public static String readPrefix(Reader reader, int maxChars) throws IOException {
        return readPrefix(reader, maxChars, maxChars);
    }

    /**
     * Reads the beginning of a text whose length is probably at most {@code expectedChars} (the
     * size of a file in bytes, say): read into one array of that size, the text is not copied
     * as it grows.
     *
     * @param reader        the reader, not null
     * @param maxChars      the most characters to read
     * @param expectedChars how many characters there probably are; a guess, not a limit
     * @return the characters read, at most {@code maxChars}, not null
     * @throws IOException if the input cannot be read or decoded
     */
    public static String readPrefix(Reader reader, int maxChars, long expectedChars) throws IOException {
        char[] text = new char[(int) Math.max(16, Math.min(maxChars, expectedChars + 1))];
        int length = 0;
        int read;
        while (length < maxChars) {
            if (length == text.length) {
                text = Arrays.copyOf(text, (int) Math.min(maxChars, 2L * text.length));
            }
            read = reader.read(text, length, text.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        return new String(text, 0, length);
    }
}
