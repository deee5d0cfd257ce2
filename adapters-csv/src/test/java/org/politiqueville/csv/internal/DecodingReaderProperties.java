package org.politiqueville.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The decoding reader with its ASCII fast path gives the same characters as the plain one it
 * replaced, and fails at the same character, whatever the bytes, the charset, the sizes of the
 * reads asked and of the blocks the input hands out.
 */
class DecodingReaderProperties {

    /** What a reader gave: every character up to the end or the error, and the error's kind. */
    private record Outcome(String text, String error) {
    }

    private static Outcome readAll(Reader reader, List<Integer> sizes) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[10_000];
        int turn = 0;
        try {
            while (true) {
                int size = sizes.get(turn++ % sizes.size());
                int read = reader.read(buffer, 3, size);
                if (read < 0) {
                    return new Outcome(text.toString(), null);
                }
                assertThat(read).isBetween(1, size);
                text.append(buffer, 3, read);
            }
        } catch (CharacterCodingException e) {
            return new Outcome(text.toString(), e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 3000)
    void readsAsThePlainDecoder(@ForAll("bytes") byte[] bytes, @ForAll("charsets") Charset charset,
                                @ForAll("strictness") boolean strict, @ForAll("chunks") int chunk,
                                @ForAll("sizes") List<Integer> sizes) {
        Outcome fast = readAll(new DecodingReader(new Trickle(bytes, chunk), TextDecoding.decoder(charset, strict)),
                sizes);
        Outcome plain = readAll(new ReferenceDecodingReader(new Trickle(bytes, chunk),
                TextDecoding.decoder(charset, strict)), sizes);
        assertThat(fast).isEqualTo(plain);
    }

    @Provide
    Arbitrary<Boolean> strictness() {
        return Arbitraries.of(true, false);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, TextDecoding.WINDOWS_1252, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1);
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.of(1, 2, 3, 7, 8, 9, 100, 8192, 20_000);
    }

    @Provide
    Arbitrary<List<Integer>> sizes() {
        return Arbitraries.of(1, 2, 5, 63, 64, 65, 100, 8192, 9000).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc;,\"\r\néÉ€–\u00A0😀").withCharRange('a', 'z')
                .ofMaxLength(200);
        Arbitrary<byte[]> utf8 = text.map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin = text.map(s -> s.getBytes(TextDecoding.WINDOWS_1252));
        Arbitrary<byte[]> long8 = text.map(s -> s.repeat(60).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> tricky = Arbitraries.of((byte) 0x41, (byte) 0x0A, (byte) 0x80, (byte) 0xBF, (byte) 0xC0,
                        (byte) 0xC3, (byte) 0xA9, (byte) 0xE0, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xED,
                        (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0xF4, (byte) 0xFF)
                .array(byte[].class).ofMaxSize(200);
        return Arbitraries.oneOf(utf8, latin, long8, any, tricky);
    }

    /** An input that hands out at most {@code chunk} bytes a read. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            this.in = new ByteArrayInputStream(bytes);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, Math.min(length, chunk));
        }
    }
}
