package org.politiqueville.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes to characters like {@link java.io.InputStreamReader}, except that on a malformed
 * sequence it first returns every character before it and throws only when asked for more. The CSV
 * parser therefore reaches the faulty record before the error, which can then name its line
 * (an {@code InputStreamReader} loses the characters decoded in the failing call).
 *
 * <p>For UTF-8 and Windows-1252, where an ASCII byte is always the character of the same code and
 * never part of a longer sequence, runs of ASCII bytes are copied eight at a time and the decoder
 * is given only the runs of other bytes: most of a CSV file is ASCII, and the JDK decoders go one
 * byte at a time. Large reads are decoded straight into the caller's array.
 */
final class DecodingReader extends Reader {

    private static final int BUFFER_SIZE = 8192;
    /** Smaller reads go through {@code chars}: a supplementary character needs two chars of room. */
    private static final int DIRECT_MIN = 64;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean asciiCompatible;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException pending;

    DecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        Charset charset = decoder.charset();
        this.asciiCompatible = charset.equals(StandardCharsets.UTF_8) || charset.equals(TextDecoding.WINDOWS_1252);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (chars.hasRemaining() || length < DIRECT_MIN) {
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            int count = Math.min(length, chars.remaining());
            chars.get(buffer, offset, count);
            return count;
        }
        CharBuffer target = CharBuffer.wrap(buffer, offset, length);
        return decode(target) ? target.position() - offset : -1;
    }

    /** Decodes at least one character into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            return decode(chars);
        } finally {
            chars.flip();
        }
    }

    /**
     * Decodes at least one character into {@code target} (at least two chars of room), reading
     * bytes only while none is decoded; false at the end of the input. A malformed sequence ends
     * the characters decoded before it; it is thrown by the next call.
     */
    private boolean decode(CharBuffer target) throws IOException {
        int start = target.position();
        while (true) {
            if (asciiCompatible) {
                copyAscii(target);
            }
            boolean decoded = target.position() != start;
            if (!target.hasRemaining()) {
                return true;
            }
            if (pending != null) {
                if (decoded) {
                    return true;
                }
                throw pending;
            }
            if (flushed) {
                return decoded;
            }
            CoderResult run = asciiCompatible ? decodeRun(target) : null;
            if (run != null) {
                if (run.isError()) {
                    pending = error(run);
                } else if (run.isOverflow()) {
                    return true;
                }
                continue;
            }
            CoderResult result = decoder.decode(bytes, target, endOfInput);
            if (result.isError()) {
                pending = error(result);
            } else if (result.isOverflow()) {
                return true;
            } else if (endOfInput) {
                decoder.flush(target);
                flushed = true;
            } else if (target.position() != start) {
                return true;
            } else {
                readBytes();
            }
        }
    }

    /**
     * Decodes the run of non-ASCII bytes that starts the input, when an ASCII byte follows it: no
     * sequence crosses an ASCII byte, so the decoder reads the run as it would read it within the
     * whole input. Null when there is no such run, or it reaches the end of the bytes read, or it
     * ends with an incomplete sequence (which the whole input then shows malformed): the caller
     * decodes the whole input instead.
     */
    private CoderResult decodeRun(CharBuffer target) {
        byte[] array = bytes.array();
        int limit = bytes.limit();
        int end = bytes.position();
        while (end < limit && array[end] < 0) {
            end++;
        }
        if (end == limit || end == bytes.position()) {
            return null;
        }
        bytes.limit(end);
        CoderResult result;
        try {
            result = decoder.decode(bytes, target, false);
        } finally {
            bytes.limit(limit);
        }
        return result.isUnderflow() && bytes.position() != end ? null : result;
    }

    /** Copies the ASCII bytes that start the input as characters, eight at a time. */
    private void copyAscii(CharBuffer target) {
        byte[] source = bytes.array();
        int from = bytes.position();
        char[] destination = target.array();
        int to = target.arrayOffset() + target.position();
        int count = Math.min(bytes.remaining(), target.remaining());
        int i = 0;
        while (i + 8 <= count && (bytes.getLong(from + i) & HIGH_BITS) == 0) {
            for (int k = 0; k < 8; k++) {
                destination[to + i + k] = (char) source[from + i + k];
            }
            i += 8;
        }
        while (i < count && source[from + i] >= 0) {
            destination[to + i] = (char) source[from + i];
            i++;
        }
        bytes.position(from + i);
        target.position(target.position() + i);
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
