package org.politiqueville.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast UTF-8 validity check agrees with the JDK's strict decoder, and the counting scan with a
 * plain byte-by-byte scan, whatever the bytes.
 */
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

    @Property(tries = 3000)
    void scanCountsAsAByteByByteScan(@ForAll("lines") byte[] bytes) throws IOException {
        assertThat(TextDecoding.scanUtf8(new ByteArrayInputStream(bytes))).isEqualTo(referenceScan(bytes));
    }

    /** The scan one byte at a time, as it was written before its ASCII fast path. */
    private static TextDecoding.Utf8Scan referenceScan(byte[] bytes) {
        long multiByte = 0;
        long malformed = 0;
        long line = 1;
        long firstLine = 0;
        int firstByte = -1;
        int expected = 0;
        int lead = 0;
        int seen = 0;
        boolean afterCarriageReturn = false;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (expected > 0) {
                int low = seen == 0 ? (lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80) : 0x80;
                int high = seen == 0 ? (lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF) : 0xBF;
                if (b >= low && b <= high) {
                    seen++;
                    if (seen == expected) {
                        multiByte++;
                        expected = 0;
                    }
                    continue;
                }
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
        if (expected > 0) {
            malformed++;
            if (firstByte < 0) {
                firstByte = lead;
                firstLine = line;
            }
        }
        return new TextDecoding.Utf8Scan(multiByte, malformed, firstLine, firstByte);
    }

    @Provide
    Arbitrary<byte[]> lines() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abc;,\"éÉ€–\u00A0").withCharRange('a', 'e')
                .ofMaxLength(30);
        Arbitrary<String> separator = Arbitraries.of("\n", "\r\n", "\r", "\n\r", "");
        Arbitrary<String> text = Combinators.combine(line, separator).as((l, sep) -> l + sep)
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(
                text.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                text.map(t -> t.getBytes(Charset.forName("windows-1252"))),
                Combinators.combine(text, text).as((a, b) -> concat(a.getBytes(StandardCharsets.UTF_8),
                        b.getBytes(Charset.forName("windows-1252")))),
                bytes());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Example
    void scansLargeInputsAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Les Dervallières;Taux de pauvreté;2021;48,2 %;%").append(i % 3 == 0 ? "\r\n" : "\n");
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8,
                Charset.forName("windows-1252"))) {
            byte[] bytes = text.toString().getBytes(charset);
            assertThat(TextDecoding.scanUtf8(new ByteArrayInputStream(bytes))).isEqualTo(referenceScan(bytes));
        }
    }

    @Example
    void checksSequencesThatStraddleBufferBoundaries() throws IOException {
        for (int offset = 65_530; offset < 65_540; offset++) {
            for (String text : List.of("é", "€", "😀", "\uFFFD")) {
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                byte[] bytes = new byte[offset + encoded.length + 5];
                Arrays.fill(bytes, (byte) 'a');
                System.arraycopy(encoded, 0, bytes, offset, encoded.length);
                assertThat(TextDecoding.isValidUtf8(new ByteArrayInputStream(bytes))).isTrue();
                byte[] truncated = Arrays.copyOf(bytes, offset + encoded.length - 1);
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
