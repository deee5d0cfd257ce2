package org.politiqueville.core.territory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.Siren;

/**
 * jqwik generators of valid territories: communes, quarters, districts and agglomerations that pass
 * {@link TerritoryRules} (districts name quarter ids the caller must supply to pass
 * {@link TerritoryRules#checkDistrict}).
 *
 * <p>Commune names and quarter labels come from disjoint word lists, so a commune never shares a
 * name key with a quarter.
 */
// The tests compile inside the core module while jqwik sits on the class path, so javac warns that
// the returned Arbitrary type is not exported by a module; for the test-jar's users it always is.
@SuppressWarnings("exports")
public final class TerritoryArbitraries {

    private static final List<String> COMMUNE_WORDS = List.of(
            "Rivière", "Bourg", "Vignes", "Montagne", "Chapelle", "Grandlieu", "Lande", "Étang", "Mauves",
            "Roche", "Bois", "Aubière");
    private static final List<String> QUARTER_WORDS = List.of(
            "Jardins", "Pins", "Moulin", "Tilleuls", "Source", "Plateau", "Prairie", "Forêt", "Côteaux",
            "Écluse", "Halles", "Genêts", "Œillets", "Marronniers");
    private static final List<String> ARTICLES = List.of("", "Le ", "La ", "Les ", "L’");

    private TerritoryArbitraries() {
    }

    /**
     * Valid INSEE codes of metropolitan communes (départements 01–95 and Corsica).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InseeCode> inseeCodes() {
        Arbitrary<String> departements = Arbitraries.oneOf(List.of(departementNumbers(), Arbitraries.of("2A", "2B")));
        return Combinators.combine(departements, Arbitraries.integers().between(1, 999))
                .as((departement, number) -> new InseeCode(departement + String.format(Locale.ROOT, "%03d", number)));
    }

    /**
     * Valid communes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Commune> communes() {
        Arbitrary<String> names = Combinators.combine(
                        Arbitraries.of("", "Saint-", "Sainte-", "La ", "Les "),
                        Arbitraries.of(COMMUNE_WORDS),
                        Arbitraries.of("", "-sur-Loire", "-en-Retz", "-les-Bains"))
                .as((prefix, word, suffix) -> prefix + word + suffix);
        return Combinators.combine(inseeCodes(), names).as(Commune::new);
    }

    /**
     * Valid QPV codes of the 2024 list in metropolitan départements.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<QpvCode> qpvCodes2024() {
        return Combinators.combine(departementNumbers(), Arbitraries.integers().between(0, 99),
                        Arbitraries.of("M", "I", "N"))
                .as((departement, number, letter) -> new QpvCode(
                        "QN0" + departement + String.format(Locale.ROOT, "%02d", number) + letter));
    }

    /**
     * Valid QPV codes of the 2015 list in metropolitan départements.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<QpvCode> qpvCodes2015() {
        return Combinators.combine(departementNumbers(), Arbitraries.integers().between(1, 999))
                .as((departement, number) -> new QpvCode(
                        "QP0" + departement + String.format(Locale.ROOT, "%03d", number)));
    }

    /**
     * Valid quarter labels, such as "Les Tilleuls" or "Le Moulin – Prairie".
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> quarterLabels() {
        return Combinators.combine(Arbitraries.of(ARTICLES), Arbitraries.of(QUARTER_WORDS),
                        Arbitraries.of("", " Nord", " Sud", " – Prairie", "-Genêts", " de la Source"))
                .as((article, word, suffix) -> article + word + suffix);
    }

    /**
     * Valid quarters: a priority quarter with a 2024 code and possibly a 2015 code, or a watch
     * quarter without code; one to three communes; aliases; a population or none.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Quarter> quarters() {
        Arbitrary<List<QpvCode>> codes = Arbitraries.oneOf(List.of(
                qpvCodes2024().map(List::of),
                Combinators.combine(qpvCodes2024(), qpvCodes2015()).as(List::of)));
        Arbitrary<Quarter> priority = Combinators.combine(quarterLabels(), quarterLabels().list().ofMaxSize(2),
                        codes, inseeCodes().list().ofMinSize(1).ofMaxSize(3).uniqueElements(), populations())
                .as((label, aliases, qpvCodes, communes, population) -> Quarter.builder(slug(label), label)
                        .aliases(aliases).codes(qpvCodes).communes(communes).population(population).build());
        Arbitrary<Quarter> watch = Combinators.combine(quarterLabels(), quarterLabels().list().ofMaxSize(2),
                        inseeCodes().list().ofMinSize(1).ofMaxSize(3).uniqueElements(), populations())
                .as((label, aliases, communes, population) -> Quarter.builder(slug(label), label)
                        .status(QuarterStatus.WATCH).aliases(aliases).communes(communes).population(population)
                        .build());
        return Arbitraries.oneOf(List.of(priority, priority, priority, watch));
    }

    /**
     * Populations, or null for an unknown one.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Population> populations() {
        return Combinators.combine(Arbitraries.longs().between(0, 50_000), Arbitraries.integers().between(1990, 2030))
                .as(Population::new)
                .injectNull(0.3);
    }

    /**
     * Valid districts grouping one to four quarters whose ids are slugs of quarter labels.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<District> districts() {
        Arbitrary<String> names = Combinators.combine(Arbitraries.of("Secteur ", "Grand ", ""),
                        Arbitraries.of(QUARTER_WORDS), Arbitraries.of(" Est", " Ouest", " Centre"))
                .as((prefix, word, suffix) -> prefix + word + suffix);
        return Combinators.combine(names, names.list().ofMaxSize(2),
                        quarterLabels().map(TerritoryArbitraries::slug).list().ofMinSize(1).ofMaxSize(4).uniqueElements())
                .as((name, aliases, quarterIds) -> new District(slug(name), name, aliases, quarterIds));
    }

    /**
     * Valid agglomerations with a Luhn-valid SIREN and one to five communes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Agglomeration> agglomerations() {
        return Combinators.combine(sirens(), Arbitraries.of(COMMUNE_WORDS),
                        inseeCodes().list().ofMinSize(1).ofMaxSize(5).uniqueElements())
                .as((siren, word, communes) -> new Agglomeration(
                        slug("Métropole " + word), siren, "Métropole " + word, communes));
    }

    /**
     * Valid SIRENs: eight random digits and the Luhn check digit.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Siren> sirens() {
        return Arbitraries.strings().numeric().ofLength(8).map(digits -> {
            for (int check = 0; check <= 9; check++) {
                if (Siren.isValid(digits + check)) {
                    return new Siren(digits + check);
                }
            }
            throw new AssertionError("no Luhn digit for " + digits);
        });
    }

    /**
     * The lower-case ASCII slug of a label, as ids are written: {@code "Le Breil"} gives
     * {@code le-breil}.
     *
     * @param label the label, not null
     * @return the slug
     */
    public static String slug(String label) {
        String unaccented = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("Œ", "Oe").replace("œ", "oe");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Arbitrary<String> departementNumbers() {
        return Arbitraries.integers().between(1, 95).filter(n -> n != 20)
                .map(n -> String.format(Locale.ROOT, "%02d", n));
    }
}
