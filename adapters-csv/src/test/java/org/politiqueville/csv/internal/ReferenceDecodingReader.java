package org.politiqueville.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/** The decoding reader as it was before its ASCII fast path, the reference of DecodingReaderProperties.
 *
 * Decodes bytes to characters like {@link java.io.InputStreamReader}, except that on a malformed
 * sequence it first returns every character before it and throws only when asked for more. The CSV
 * parser therefore reaches the faulty record before the error, which can then name its line
 * (an {@code InputStreamReader} loses the characters decoded in the failing call).
 */
final class ReferenceDecodingReader extends Reader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException pending;

    ReferenceDecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        return count;
    }

    /** Decodes at least one character into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (pending != null) {
                    throw pending;
                }
                if (flushed) {
                    return false;
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    pending = error(result);
                } else if (result.isUnderflow() && endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow()) {
                    readBytes();
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private static CharacterCodingException error(CoderResult result) {
        try {
            result.throwException();
            throw new IllegalStateException("not an error: " + result);
        } catch (CharacterCodingException e) {
            return e;
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
