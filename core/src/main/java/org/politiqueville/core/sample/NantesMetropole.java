package org.politiqueville.core.sample;

import java.math.BigDecimal;
import java.util.List;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.TimelineEntry;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.StandardIndicators;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryRef;
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
 * <p>{@link #contract()} puts it together with the rest of the city contract the page describes:
 * the steering committee, the associations' collective and the citizens' councils with the
 * installation years the page implies (its order and documents imply them; it gives no exact
 * dates), the contract's timeline, its document table, the standard indicator definitions, and a
 * few 2021 observations of median income and poverty rate used as worked examples. The page lists
 * no engagement by name, so the sample has none: applications add their own.
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

    /** The id of the 2015–2020 city contract. */
    public static final String CONTRACT_ID = "nantes-metropole-2015-2020";

    /**
     * The whole 2015–2020 city contract of the Nantes agglomeration, as the sample's web page
     * describes it (see the class description).
     *
     * @return the contract, not null
     */
    public static CityContract contract() {
        return Holder.CONTRACT;
    }

    /**
     * The governance bodies: the steering committee (2015), the associations' collective of 17
     * associations (2017), and 11 citizens' councils — 9 installed from 2016 to 2019 in the order
     * the page gives, and the Nantes Erdre and Clos Toreau councils, announced without a date.
     *
     * <p>The page names neither the 17 associations nor the councils' members, so member lists and
     * compositions are left empty.
     *
     * @return the bodies, not null
     */
    public static List<GovernanceBody> bodies() {
        return List.of(
                GovernanceBody.builder("comite-pilotage", "Comité de pilotage du contrat de ville",
                                BodyKind.STEERING_COMMITTEE)
                        .territory(TerritoryRef.agglomeration(AGGLOMERATION_ID))
                        .installation(ReducedDate.ofYear(2015)).build(),
                GovernanceBody.builder("inter-associatif", "Inter-associatif", BodyKind.ASSOCIATIONS_COLLECTIVE)
                        .territory(TerritoryRef.agglomeration(AGGLOMERATION_ID))
                        .installation(ReducedDate.ofYear(2017)).build(),
                council("cc-malakoff", "Conseil citoyen Malakoff", TerritoryRef.quarter("malakoff"), 2016),
                council("cc-nantes-nord", "Conseil citoyen Nantes Nord", TerritoryRef.district("nantes-nord"), 2016),
                council("cc-sillon", "Conseil citoyen Sillon", TerritoryRef.quarter("le-sillon-de-bretagne"), 2016),
                council("cc-reze-chateau-mahaudieres", "Conseil citoyen Rezé Château-Mahaudières",
                        TerritoryRef.quarter("chateau"), 2016),
                council("cc-plaisance", "Conseil citoyen Plaisance", TerritoryRef.quarter("plaisance"), 2016),
                council("cc-bottiere-pin-sec", "Conseil citoyen Bottière Pin-Sec",
                        TerritoryRef.quarter("bottiere-pin-sec"), 2017),
                council("cc-grand-bellevue", "Conseil citoyen Grand Bellevue", TerritoryRef.quarter("bellevue"), 2018),
                council("cc-dervallieres", "Conseil citoyen Dervallières",
                        TerritoryRef.quarter("les-dervallieres"), 2018),
                council("cc-breil", "Conseil citoyen du Breil", TerritoryRef.quarter("le-breil"), 2019),
                council("cc-nantes-erdre", "Conseil citoyen Nantes Erdre", TerritoryRef.district("nantes-erdre"), 0),
                council("cc-clos-toreau", "Conseil citoyen Clos Toreau", TerritoryRef.quarter("le-clos-toreau"), 0));
    }

    /**
     * The contract's timeline, year by year, as the page tells it.
     *
     * @return the entries, in date order, not null
     */
    public static List<TimelineEntry> timeline() {
        return List.of(
                entry(2015, "Co-écriture du contrat de ville par plus de 150 acteurs", List.of("comite-pilotage")),
                entry(2015, "Gouvernance élargie aux conseils citoyens, à l’inter-associatif et aux bailleurs",
                        List.of("comite-pilotage")),
                entry(2016, "Plans d’actions sur les 15 quartiers Politique de la Ville par 1 000 acteurs", List.of()),
                entry(2016, "Installation de 5 conseils citoyens : Malakoff, Nantes Nord, Sillon, "
                        + "Rezé Château-Mahaudières, Plaisance", List.of("cc-malakoff", "cc-nantes-nord", "cc-sillon",
                        "cc-reze-chateau-mahaudieres", "cc-plaisance")),
                entry(2017, "Validation de la charte de participation et 3 temps forts Politique de la Ville",
                        List.of()),
                entry(2017, "Installation du conseil citoyen Bottière Pin-Sec", List.of("cc-bottiere-pin-sec")),
                entry(2017, "17 associations se constituent en inter-associatif", List.of("inter-associatif")),
                entry(2018, "Installation des conseils citoyens Grand Bellevue et Dervallières",
                        List.of("cc-grand-bellevue", "cc-dervallieres")),
                entry(2018, "Lancement du site internet contrat de ville", List.of()),
                entry(2018, "Rapport mi-contrat de ville et actualisation des données COMPAS", List.of()),
                entry(2019, "Rénovation du contrat de ville autour de 50 engagements opérationnels",
                        List.of("comite-pilotage", "inter-associatif")),
                entry(2019, "Installation du conseil citoyen du Breil", List.of("cc-breil")));
    }

    /**
     * The page's "DOCUMENTS RESSOURCES" table: 7 documents with their categories, years and type
     * labels. The page gives no links.
     *
     * @return the documents, not null
     */
    public static List<Document> documents() {
        return List.of(
                document("2019_Avenant_au_Contrat_De_Ville", "Pilotage : contrat de Ville", "2019", null),
                document("2018 Rapport mi-contrat de ville", "Pilotage : comite pilotage, Pilotage : contrat de Ville, "
                        + "Pilotage : CV - Annexes complémentaires", "2018", "télécharger"),
                document("2018 Baromètre GUSP", "Pilotage : contrat de Ville, Pilotage : CV - Annexes complémentaires",
                        "2018", "télécharger"),
                document("2018 Données COMPAS", "Pilotage : comite pilotage, Pilotage : contrat de Ville, "
                        + "Pilotage : CV - Annexes complémentaires, Quartier : Bottière – Pin Sec, "
                        + "Quartier : Château-Mahaudières, Quartier : Clos Toreau, Quartier : Dervallières, "
                        + "Quartier : Grand Bellevue, Quartier : Le Breil, Quartier : Malakoff, "
                        + "Quartier : Nantes Erdre, Quartier : Nantes Nord, Quartier : Plaisance, "
                        + "Quartier : Sillon de Bretagne", "2018", "Télécharger"),
                document("CONTRAT DE VILLE 2015/2020", "Pilotage : CV - Annexes complémentaires", "2015/2020",
                        "Télécharger"),
                document("CONTRAT DE VILLE Annexes", "Pilotage : CV - Annexes complémentaires", "2017", "Télécharger"),
                document("CONTRAT DE VILLE Annexe Charte Locales d’Insertion",
                        "Pilotage : contrat de Ville, Pilotage : CV - Annexes complémentaires", "2017", "Télécharger"));
    }

    /**
     * Worked-example observations for 2021: median disposable income per consumption unit
     * ({@code DISP_MED}) and poverty rate ({@code DISP_TP60}) of a few quarters and of the
     * agglomeration, including a confidential value (secret statistique) and a missing one. They
     * illustrate the model and its analytics; they are not an official extract.
     *
     * @return the observations, not null
     */
    public static List<Observation> observations() {
        Period year = Period.ofYear(2021);
        String med = StandardIndicators.DISP_MED.code();
        String poverty = StandardIndicators.DISP_TP60.code();
        return List.of(
                value(med, TerritoryRef.quarter("malakoff"), year, "12940.5"),
                value(poverty, TerritoryRef.quarter("malakoff"), year, "48.2"),
                value(med, TerritoryRef.quarter("les-dervallieres"), year, "13310"),
                Observation.builder(poverty, TerritoryRef.quarter("les-dervallieres"), year)
                        .confidentiality(Confidentiality.CONFIDENTIAL).source(FILOSOFI).build(),
                Observation.builder(poverty, TerritoryRef.quarter("bellevue"), year)
                        .status(ObservationStatus.MISSING).source(FILOSOFI).build(),
                value(med, TerritoryRef.quarter("bellevue"), year, "13020"),
                value(poverty, TerritoryRef.quarter("bottiere-pin-sec"), year, "41.7"),
                value(med, TerritoryRef.agglomeration(AGGLOMERATION_ID), year, "24380"));
    }

    private static final String FILOSOFI = "INSEE Filosofi (exemple)";

    private static Observation value(String indicator, TerritoryRef territory, Period period, String number) {
        return Observation.builder(indicator, territory, period).value(new BigDecimal(number)).source(FILOSOFI)
                .build();
    }

    private static GovernanceBody council(String id, String name, TerritoryRef territory, int installationYear) {
        GovernanceBody.Builder builder = GovernanceBody.builder(id, name, BodyKind.CITIZENS_COUNCIL).territory(territory);
        if (installationYear > 0) {
            builder.installation(ReducedDate.ofYear(installationYear));
        }
        return builder.build();
    }

    private static TimelineEntry entry(int year, String title, List<String> bodyIds) {
        return new TimelineEntry(ReducedDate.ofYear(year), title, bodyIds, List.of());
    }

    private static Document document(String title, String categories, String period, String typeLabel) {
        return Document.builder(title, Period.parse(period)).categories(Category.parseList(categories))
                .typeLabel(typeLabel).build();
    }

    private static Commune commune(String inseeCode, String name) {
        return new Commune(new InseeCode(inseeCode), name);
    }

    /** Builds the resolver once, on first use. */
    private static final class Holder {
        private static final TerritoryResolver RESOLVER =
                TerritoryResolver.of(agglomeration(), communes(), quarters(), districts());
        private static final CityContract CONTRACT = CityContract.builder(CONTRACT_ID,
                        "Contrat de ville de l’agglomération nantaise 2015-2020")
                .period(Period.ofYears(2015, 2020))
                .agglomeration(agglomeration()).communes(communes()).quarters(quarters()).districts(districts())
                .bodies(bodies()).timeline(timeline()).documents(documents())
                .indicators(StandardIndicators.all()).observations(observations())
                .build();
    }
}
