package org.politiqueville.core.sample;

import java.util.List;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryResolver;

/**
 * The Nantes Métropole territory, the sample bundled with the library: its agglomeration, its 24
 * communes, its 15 priority quarters of the 2024 national list and the two city districts the
 * Nantes city contract web page names.
 *
 * <p>This is sample data, not the only territory the library handles: every other agglomeration is
 * described with the same types. It is built from the Nantes contract's web page and from public
 * facts: the INSEE codes of the communes, the SIREN of the métropole, and the 2024 QPV codes,
 * labels and communes of the national list. The 2015 QPV codes of these quarters were not found, so
 * the quarters carry only their 2024 code; their populations are unknown and left out.
 *
 * <p>Aliases are the everyday names the web page uses instead of the official labels: "Grand
 * Bellevue" for Bellevue, "Rezé Château-Mahaudières" for Château, "Sillon" for Le Sillon de
 * Bretagne, "Breil" for Le Breil…
 *
 * <p>The page names two places, "Nantes Nord" and "Nantes Erdre", that are not QPV labels but city
 * districts with several priority quarters and one citizens' council each. Which quarters they
 * group is an inference from the city's districts, not stated on the page: Nantes Nord groups Bout
 * des landes - Bout des pavés - Chêne des Anglais, La Boissière and La Petite Sensive; Nantes Erdre
 * groups Port Boyer, La Halvêque and Le Ranzay.
 *
 * <p>Every method returns immutable values; the class is thread-safe.
 */
public final class NantesMetropole {

    /** The id of the agglomeration. */
    public static final String AGGLOMERATION_ID = "nantes-metropole";

    private static final InseeCode NANTES = new InseeCode("44109");
    private static final InseeCode ORVAULT = new InseeCode("44114");
    private static final InseeCode REZE = new InseeCode("44143");
    private static final InseeCode SAINT_HERBLAIN = new InseeCode("44162");

    private NantesMetropole() {
    }

    /**
     * Nantes Métropole: SIREN 244400404 and its 24 communes.
     *
     * @return the agglomeration, not null
     */
    public static Agglomeration agglomeration() {
        return new Agglomeration(AGGLOMERATION_ID, new Siren("244400404"), "Nantes Métropole",
                communes().stream().map(Commune::code).toList());
    }

    /**
     * The 24 communes of Nantes Métropole, in INSEE code order.
     *
     * @return the communes, not null
     */
    public static List<Commune> communes() {
        return List.of(
                commune("44009", "Basse-Goulaine"),
                commune("44018", "Bouaye"),
                commune("44020", "Bouguenais"),
                commune("44024", "Brains"),
                commune("44026", "Carquefou"),
                commune("44035", "La Chapelle-sur-Erdre"),
                commune("44047", "Couëron"),
                commune("44074", "Indre"),
                commune("44094", "Mauves-sur-Loire"),
                commune("44101", "La Montagne"),
                commune("44109", "Nantes"),
                commune("44114", "Orvault"),
                commune("44120", "Le Pellerin"),
                commune("44143", "Rezé"),
                commune("44150", "Saint-Aignan-Grandlieu"),
                commune("44162", "Saint-Herblain"),
                commune("44166", "Saint-Jean-de-Boiseau"),
                commune("44171", "Saint-Léger-les-Vignes"),
                commune("44172", "Sainte-Luce-sur-Loire"),
                commune("44190", "Saint-Sébastien-sur-Loire"),
                commune("44194", "Sautron"),
                commune("44198", "Les Sorinières"),
                commune("44204", "Thouaré-sur-Loire"),
                commune("44215", "Vertou"));
    }

    /**
     * The 15 priority quarters of Nantes Métropole on the 2024 national list, with their 2024 codes,
     * official labels, communes and the web page's everyday names as aliases, in code order.
     *
     * @return the quarters, not null
     */
    public static List<Quarter> quarters() {
        return List.of(
                Quarter.builder("bellevue", "Bellevue").alias("Grand Bellevue")
                        .code(QpvCode.parse("QN04405M")).commune(NANTES, SAINT_HERBLAIN).build(),
                Quarter.builder("les-dervallieres", "Les Dervallières").alias("Dervallières")
                        .code(QpvCode.parse("QN04406M")).commune(NANTES).build(),
                Quarter.builder("le-breil", "Le Breil").alias("Breil")
                        .code(QpvCode.parse("QN04407I")).commune(NANTES).build(),
                Quarter.builder("bout-des-landes-bout-des-paves-chene-des-anglais",
                                "Bout des landes - Bout des pavés - Chêne des Anglais")
                        .code(QpvCode.parse("QN04408M")).commune(NANTES).build(),
                Quarter.builder("la-boissiere", "La Boissière")
                        .code(QpvCode.parse("QN04409I")).commune(NANTES).build(),
                Quarter.builder("port-boyer", "Port Boyer")
                        .code(QpvCode.parse("QN04410I")).commune(NANTES).build(),
                Quarter.builder("le-clos-toreau", "Le Clos Toreau").alias("Clos Toreau")
                        .code(QpvCode.parse("QN04411I")).commune(NANTES).build(),
                Quarter.builder("le-ranzay", "Le Ranzay")
                        .code(QpvCode.parse("QN04412M")).commune(NANTES).build(),
                Quarter.builder("malakoff", "Malakoff")
                        .code(QpvCode.parse("QN04413M")).commune(NANTES).build(),
                Quarter.builder("bottiere-pin-sec", "Bottière Pin Sec")
                        .alias("Bottière – Pin Sec", "Bottière Pin-Sec")
                        .code(QpvCode.parse("QN04414M")).commune(NANTES).build(),
                Quarter.builder("la-halveque", "La Halvêque")
                        .code(QpvCode.parse("QN04415I")).commune(NANTES).build(),
                Quarter.builder("la-petite-sensive", "La Petite Sensive")
                        .code(QpvCode.parse("QN04416I")).commune(NANTES).build(),
                Quarter.builder("plaisance", "Plaisance")
                        .code(QpvCode.parse("QN04417I")).commune(ORVAULT).build(),
                Quarter.builder("chateau", "Château")
                        .alias("Rezé Château-Mahaudières", "Château-Mahaudières")
                        .code(QpvCode.parse("QN04418M")).commune(REZE).build(),
                Quarter.builder("le-sillon-de-bretagne", "Le Sillon de Bretagne")
                        .alias("Sillon", "Sillon de Bretagne")
                        .code(QpvCode.parse("QN04419I")).commune(SAINT_HERBLAIN).build());
    }

    /**
     * The two city districts the web page names as places with several priority quarters: Nantes
     * Nord and Nantes Erdre. Their quarters are an inference, see the class description.
     *
     * @return the districts, not null
     */
    public static List<District> districts() {
        return List.of(
                new District("nantes-nord", "Nantes Nord", List.of(), List.of(
                        "bout-des-landes-bout-des-paves-chene-des-anglais", "la-boissiere", "la-petite-sensive")),
                new District("nantes-erdre", "Nantes Erdre", List.of(), List.of(
                        "port-boyer", "la-halveque", "le-ranzay")));
    }

    /**
     * A resolver over the agglomeration, its communes, quarters and districts.
     *
     * @return the resolver, not null
     */
    public static TerritoryResolver resolver() {
        return Holder.RESOLVER;
    }

    private static Commune commune(String inseeCode, String name) {
        return new Commune(new InseeCode(inseeCode), name);
    }

    /** Builds the resolver once, on first use. */
    private static final class Holder {
        private static final TerritoryResolver RESOLVER =
                TerritoryResolver.of(agglomeration(), communes(), quarters(), districts());
    }
}
