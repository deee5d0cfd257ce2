package org.politiqueville.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes strict UTF-8 for the JSON parser, skipping a leading byte order mark and telling the line
 * and column of the first byte that is not UTF-8.
 *
 * <p>The parser reads characters rather than bytes so that the columns it reports count characters:
 * in French text, where accented letters take two bytes, byte columns would point past the value.
 */
public final class Utf8Reader extends Reader {

    /** Thrown for bytes that are not UTF-8, with the position of the first of them. */
    public static final class MalformedUtf8Exception extends CharConversionException {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final int column;

        MalformedUtf8Exception(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /**
         * The 1-based line of the bad bytes.
         *
         * @return the line
         */
        public long line() {
            return line;
        }

        /**
         * The 1-based column (in characters) of the bad bytes.
         *
         * @return the column
         */
        public int column() {
            return column;
        }
    }

    private final InputStream input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean started;
    private boolean afterCarriageReturn;
    private long line = 1;
    private int column = 1;

    /**
     * Creates the reader.
     *
     * @param input the bytes, not null; closed with this reader
     */
    public Utf8Reader(InputStream input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (!started && out.position() > offset) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, out.position() - offset - 1);
                    out.position(out.position() - 1);
                }
            }
            int produced = out.position() - offset;
            if (produced > 0) {
                // Before bad bytes, hand over what precedes them: the next call stops on them.
                return count(buffer, offset, produced);
            }
            if (result.isError()) {
                throw new MalformedUtf8Exception(line, column, describe(result.length()));
            }
            if (result.isOverflow()) {
                throw new IOException("A buffer of " + length + " character(s) cannot hold the next code point");
            }
            if (endOfInput) {
                decoder.flush(out);
                return out.position() > offset ? count(buffer, offset, out.position() - offset) : -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private int count(char[] buffer, int offset, int produced) {
        // Only line breaks matter: the column is what follows the last one. A loop that tests each
        // character once was a fourteenth of reading.
        int end = offset + produced;
        int lastBreak = -1;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                boolean afterReturn = i == offset ? afterCarriageReturn : buffer[i - 1] == '\r';
                if (c == '\r' || !afterReturn) {
                    line++;
                }
                lastBreak = i;
            }
        }
        column = lastBreak < 0 ? column + produced : end - lastBreak;
        afterCarriageReturn = buffer[end - 1] == '\r';
        return produced;
    }

    private String describe(int length) {
        StringBuilder text = new StringBuilder("invalid UTF-8 byte sequence");
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            text.append(i == 0 ? " " : ", ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
