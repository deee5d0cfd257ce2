package org.politiqueville.csv.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Watches the bytes on their way to the decoder for any that could decode to a NUL character or
 * to a byte order mark (U+FEFF) past the leading one, so that the importer looks for those
 * characters cell by cell only in inputs that may hold them.
 *
 * <p>Conservative: {@link #mayHoldHiddenCharacters()} is true once such a byte went by, or always
 * for a charset it does not know. In UTF-8, decoded strictly, a NUL comes only from a {@code 0x00}
 * byte and U+FEFF only from a sequence starting with {@code 0xEF}; in Windows-1252 a NUL comes only
 * from {@code 0x00} and no byte decodes to U+FEFF. A {@code 0xEF} at the very first byte starts
 * either the byte order mark the reader skips or a character that is not U+FEFF, so it is ignored.
 * Bytes are read before the characters they decode to reach the parser: a record parsed while the
 * answer is false holds neither character.
 */
public final class HiddenCharacterScreen extends FilterInputStream {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final boolean utf8;
    private boolean suspicious;
    private long position;

    /**
     * Watches an input decoded with a charset.
     *
     * @param in      the input, not null
     * @param charset the charset it is decoded with, not null
     */
    public HiddenCharacterScreen(InputStream in, Charset charset) {
        super(in);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.suspicious = !utf8 && !charset.equals(TextDecoding.WINDOWS_1252);
    }

    /**
     * Whether the bytes read so far may decode to a NUL character or a byte order mark after the
     * leading one.
     *
     * @return false only if none of the characters read so far is one of them
     */
    public boolean mayHoldHiddenCharacters() {
        return suspicious;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            screen(b, position++);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0 && !suspicious) {
            screen(buffer, offset, read);
        }
        position += Math.max(read, 0);
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are not seen: assume the worst.
        suspicious = true;
        return super.skip(n);
    }

    private void screen(int b, long at) {
        suspicious |= b == 0 || utf8 && b == 0xEF && at > 0;
    }

    private void screen(byte[] buffer, int offset, int length) {
        int i = offset;
        int end = offset + length;
        ByteBuffer view = ByteBuffer.wrap(buffer);
        for (; i + 8 <= end; i += 8) {
            long bytes = view.getLong(i);
            if (hasZero(bytes) || utf8 && hasZero(bytes ^ (ONES * 0xEF))) {
                break;
            }
        }
        for (; i < end && !suspicious; i++) {
            screen(buffer[i] & 0xFF, position + i - offset);
        }
    }

    /** Whether one of eight bytes is zero (exact: no false positive decides the answer alone). */
    private static boolean hasZero(long bytes) {
        return ((bytes - ONES) & ~bytes & HIGHS) != 0;
    }
}
