package org.politiqueville.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The screen never says "clean" when the text the parser receives holds a NUL character or a byte
 * order mark past the leading one, whatever the bytes and however they are read; and it does say
 * "clean" for text without the bytes it watches, so that it is of use.
 */
class HiddenCharacterScreenProperties {

    private static final Charset WINDOWS_1252 = TextDecoding.WINDOWS_1252;

    /** The text as the CSV source reads it: decoded the same way, leading byte order mark skipped. */
    private static String decoded(byte[] bytes, Charset charset, HiddenCharacterScreen[] screen, int chunk) {
        screen[0] = new HiddenCharacterScreen(new Trickle(bytes, chunk), charset);
        try (Reader reader = TextDecoding.reader(screen[0], charset, false)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 3000)
    void neverMissesAHiddenCharacter(@ForAll("bytes") byte[] bytes, @ForAll("charsets") Charset charset,
                                     @ForAll("chunks") int chunk) {
        HiddenCharacterScreen[] screen = new HiddenCharacterScreen[1];
        String text = decoded(bytes, charset, screen, chunk);
        boolean hidden = text.indexOf('\u0000') >= 0 || text.indexOf('\uFEFF') >= 0;
        if (hidden) {
            assertThat(screen[0].mayHoldHiddenCharacters()).as("screen after reading %s", text).isTrue();
        }
    }

    @Property(tries = 1000)
    void passesTextWithoutTheWatchedBytes(@ForAll("plain") String text, @ForAll("charsets") Charset charset,
                                          @ForAll("chunks") int chunk) {
        HiddenCharacterScreen[] screen = new HiddenCharacterScreen[1];
        decoded(("\uFEFF" + text).getBytes(charset), charset, screen, chunk);
        assertThat(screen[0].mayHoldHiddenCharacters()).isFalse();
    }

    @Example
    void distrustsCharsetsItDoesNotKnow() {
        HiddenCharacterScreen[] screen = new HiddenCharacterScreen[1];
        decoded("abc".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, screen, 64);
        assertThat(screen[0].mayHoldHiddenCharacters()).isTrue();
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, WINDOWS_1252);
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.of(1, 3, 7, 8, 9, 64, 8192);
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withChars("abc;,\"\r\néÉèà€–\u00A0").withCharRange('a', 'z').ofMaxLength(60);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<String> piece = Arbitraries.strings().withChars("ab;\"\nïé\u0000\uFEFF").ofMaxLength(20);
        Arbitrary<byte[]> utf8 = piece.map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBom = piece.map(s -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin = Arbitraries.strings().withChars("ab;\"\nïé\u0000").ofMaxLength(30)
                .map(s -> s.getBytes(WINDOWS_1252));
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> tricky = Arbitraries.of((byte) 0x41, (byte) 0x00, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                (byte) 0xC0, (byte) 0x80, (byte) 0xE0).array(byte[].class).ofMaxSize(20);
        Arbitrary<byte[]> joined = Combinators.combine(withBom, tricky).as((a, b) -> {
            byte[] both = new byte[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        });
        return Arbitraries.oneOf(utf8, withBom, latin, any, tricky, joined);
    }

    /** An input that hands out at most {@code chunk} bytes a read, to cross every block boundary. */
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
