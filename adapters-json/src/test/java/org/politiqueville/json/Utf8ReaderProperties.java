package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.politiqueville.json.internal.Utf8Reader;

/**
 * The reader locates bad bytes at the line and column a character-by-character count gives, with
 * CR, LF and CRLF line ends split across the reads in any way (reads of two characters or more:
 * one cannot hold a surrogate pair).
 */
class Utf8ReaderProperties {

    @Property(tries = 500)
    void badBytesAreLocatedAsACharacterCountSays(@ForAll("texts") String text, @ForAll("texts") String after,
                                                 @ForAll @IntRange(min = 2, max = 9) int chunk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        long[] expected = position(text);
        StringBuilder read = new StringBuilder();
        try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes.toByteArray()))) {
            char[] buffer = new char[chunk];
            int n;
            while ((n = reader.read(buffer, 0, chunk)) >= 0) {
                read.append(buffer, 0, n);
            }
            fail("bad byte not reported");
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            assertThat(read.toString()).isEqualTo(text);
            assertThat(e.line()).isEqualTo(expected[0]);
            assertThat(e.column()).isEqualTo((int) expected[1]);
        }
    }

    /** Line and column after the text, counted one character at a time. */
    private static long[] position(String text) {
        long line = 1;
        int column = 1;
        boolean afterCarriageReturn = false;
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
        return new long[] {line, column};
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(List.of("a", "\n", "\r", "\r\n", "\n\r", "é", "\u000b", "\f", "\t", " ", "{", "😀"))
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
