package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class CategoryProperties {

    @Property
    void readsBackItsText(@ForAll("categories") Category category) {
        assertThat(Category.parse(category.toString())).isEqualTo(category);
    }

    @Property
    void readsBackValuesWithColonsAndCommas(@ForAll("facets") String facet, @ForAll("punctuatedValues") String value) {
        Category category = new Category(facet, value);

        assertThat(Category.parse(category.toString())).isEqualTo(category);
    }

    @Property
    void ignoresSpacingAroundTheColon(@ForAll("categories") Category category, @ForAll("spaces") String before,
                                      @ForAll("spaces") String after) {
        assertThat(Category.parse(before + category.facet() + before + ":" + after + category.value() + after))
                .isEqualTo(category);
    }

    @Property
    void readsBackAListOfItsTexts(@ForAll("categoryLists") List<Category> categories) {
        assertThat(Category.parseList(Category.formatList(categories))).isEqualTo(categories);
    }

    @Property
    void parsedTextIsCanonical(@ForAll("categoryLikeTexts") String text) {
        if (Category.isValid(text)) {
            Category category = Category.parse(text);
            assertThat(Category.parse(category.toString()).toString()).isEqualTo(category.toString());
        }
    }

    @Property
    void parseThrowsOnlyInvalidValueException(@ForAll String text) {
        assertOnlyInvalidValue(() -> Category.parse(text));
        assertOnlyInvalidValue(() -> Category.parseList(text));
    }

    @Property
    void parseOfCategoryLikeTextThrowsOnlyInvalidValueException(@ForAll("categoryLikeTexts") String text) {
        assertOnlyInvalidValue(() -> Category.parse(text));
        assertOnlyInvalidValue(() -> Category.parseList(text));
    }

    private static void assertOnlyInvalidValue(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Provide
    Arbitrary<Category> categories() {
        return CatalogueArbitraries.categories();
    }

    @Provide
    Arbitrary<List<Category>> categoryLists() {
        return CatalogueArbitraries.categories().list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<String> facets() {
        return CatalogueArbitraries.facets();
    }

    @Provide
    Arbitrary<String> punctuatedValues() {
        return Combinators.combine(CatalogueArbitraries.values(), Arbitraries.of(":", " : ", ",", ", ", ", X : "),
                CatalogueArbitraries.values()).as((left, separator, right) -> left + separator + right);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(' ', '\u00A0', '\u202F', '\t').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> categoryLikeTexts() {
        return Arbitraries.strings().withChars("ab :,\u00A0\u202F–-\t\n").ofMaxLength(20);
    }
}
