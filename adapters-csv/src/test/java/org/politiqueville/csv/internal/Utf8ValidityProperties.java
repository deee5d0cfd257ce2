package org.politiqueville.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast UTF-8 validity check agrees with the JDK's strict decoder, whatever the bytes. */
class Utf8ValidityProperties {

    private static boolean jdkSaysValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll("bytes") byte[] bytes) throws IOException {
        assertThat(TextDecoding.isValidUtf8(new ByteArrayInputStream(bytes))).isEqualTo(jdkSaysValid(bytes));
    }

    @Example
    void checksSequencesThatStraddleBufferBoundaries() throws IOException {
        for (int offset = 65_530; offset < 65_540; offset++) {
            for (String text : List.of("é", "€", "😀", "\uFFFD")) {
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                byte[] bytes = new byte[offset + encoded.length + 5];
                java.util.Arrays.fill(bytes, (byte) 'a');
                System.arraycopy(encoded, 0, bytes, offset, encoded.length);
                assertThat(TextDecoding.isValidUtf8(new ByteArrayInputStream(bytes))).isTrue();
                byte[] truncated = java.util.Arrays.copyOf(bytes, offset + encoded.length - 1);
                assertThat(TextDecoding.isValidUtf8(new ByteArrayInputStream(truncated)))
                        .isEqualTo(jdkSaysValid(truncated));
            }
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> tricky = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1,
                        (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4,
                        (byte) 0xF5, (byte) 0xFF, (byte) 0x9F, (byte) 0xA0, (byte) 0x8F, (byte) 0x90)
                .array(byte[].class).ofMaxSize(12);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(30)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> longAscii = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(70)
                .map(s -> (s + "é" + s).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(any, tricky, text, longAscii);
    }
}
