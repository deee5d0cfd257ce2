package org.politiqueville.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.id.IdArbitraries;

class NameKeyProperties {

    @Property
    void keyOfAKeyIsTheSameKey(@ForAll("names") String name) {
        NameKey key = NameKey.of(name);
        assertThat(NameKey.of(key.value())).isEqualTo(key);
    }

    @Property
    void compactKeyOfACompactKeyIsTheSameKey(@ForAll("names") String label) {
        NameKey key = NameKey.compact(label);
        assertThat(NameKey.compact(key.value())).isEqualTo(key);
    }

    @Property
    void caseDoesNotMatter(@ForAll("frenchNames") String name) {
        assertThat(NameKey.of(name.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.of(name.toLowerCase(Locale.ROOT)));
    }

    @Example
    void repeatedArticlesAreAllDropped() {
        assertThat(NameKey.of("La La Source")).isEqualTo(NameKey.of("Source"));
        assertThat(NameKey.of("Le Breil")).isEqualTo(NameKey.of("breil"));
        assertThat(NameKey.of("Les").value()).isEqualTo("les");
    }

    @Example
    void capitalSharpSIsFoldedLikeSharpS() {
        assertThat(NameKey.of("STRAẞE")).isEqualTo(NameKey.of("strasse"));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(IdArbitraries.anyText(), frenchNames());
    }

    @Provide
    Arbitrary<String> frenchNames() {
        Arbitrary<String> words = Arbitraries.strings().alpha()
                .withChars("éèêëàâäîïôöùûüçœæÉÈÊÀÂÎÔÛÇŒÆßẞ -–—'’.,()_\u00A0\u202F")
                .ofMaxLength(30);
        Arbitrary<String> articles = Arbitraries.of("le ", "la ", "les ", "l'", "L’", "LE ", "La ", "")
                .list().ofMaxSize(3).map(list -> String.join("", list));
        return Combinators.combine(articles, words).as(String::concat);
    }
}
