package org.politiqueville.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EncodabilityProperties {

    @Property
    void answersAsTheCharsetsEncoder(@ForAll("charsets") String charsetName, @ForAll("texts") String text) {
        Charset charset = Charset.forName(charsetName);
        assertThat(new Encodability(charset).canEncode(text)).isEqualTo(charset.newEncoder().canEncode(text));
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "windows-1252", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16LE", "IBM037",
                "ISO-8859-15");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(20),
                Arbitraries.strings().withChars("aé€Œ\u2013\u00A0\uD83D\uDE00\uD800\uDC00").ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(12));
    }
}
