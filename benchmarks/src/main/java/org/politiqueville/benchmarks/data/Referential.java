package org.politiqueville.benchmarks.data;

import java.util.ArrayList;
import java.util.List;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Polarity;
import org.politiqueville.core.indicator.StandardIndicators;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;

/**
 * A synthetic national referential, deterministic: 1,584 priority quarters (as many as the 2024
 * list) over 94 départements and 376 communes, one agglomeration holding them all, and 24
 * indicators (the four standard ones and twenty more). Names carry accents, articles, dashes and
 * apostrophes, and stay distinct once folded by {@code NameKey}, so that every name resolves to
 * exactly one territory.
 */
public final class Referential {

    /** How many quarters the referential has. */
    public static final int QUARTERS = 1_584;

    /** The id of the agglomeration. */
    public static final String AGGLOMERATION_ID = "territoire-national";

    /** The agglomeration's name, as files write it. */
    public static final String AGGLOMERATION_NAME = "Territoire national de démonstration";

    private static final String[] QUARTER_FIRST = {
        "Bellevue", "Les Dervallières", "Le Breil", "La Boissière", "Port Boyer", "Le Clos Toreau", "Malakoff",
        "Bottière", "La Halvêque", "Plaisance", "Château", "Le Sillon", "Les Couëts", "La Grand'Mare",
        "Les Aubiers", "Le Mirail", "La Paillade", "Les Minguettes", "Le Val Fourré", "La Duchère",
        "Les Tarterêts", "Le Neuhof", "Hautepierre", "La Villeneuve", "Les Bosquets", "Bel Air",
        "Les Épinettes", "Le Petit Bard", "La Castellane", "Saint-Jacques", "Les Îles", "Beaulieu",
        "Le Chêne Pointu", "La Source", "Les Glonnières", "Kervénanec", "Maurepas", "Le Blosne",
        "Bourtzwiller", "Les Sablons"};
    private static final String[] QUARTER_SECOND = {
        "Nord", "Sud", "Est", "Ouest", "Centre", "Haut", "Bas", "Pin Sec", "Mahaudières", "des Érables",
        "du Moulin", "de la Gare", "des Tilleuls", "du Parc", "des Lilas", "Cité", "Plateau", "Vallon",
        "des Chênes", "de l'Étang", "Belvédère", "Coteaux", "Prés", "Rives", "Forêt", "Colline", "Bourg",
        "Faubourg", "Clos", "Pré Gauchet", "Champ Fleuri", "Grand Ensemble", "Soleil Levant", "Val d'Or",
        "Croix Rouge", "Fontaine", "Orée", "Terrasses", "Jardins", "Hauts-Pavés"};
    private static final String[] COMMUNE_FIRST = {
        "Saint-Martin", "Sainte-Marie", "Villeneuve", "Beaumont", "Montigny", "Fontenay", "Châteauneuf",
        "Neuville", "Bourg-la-Reine", "Saint-Étienne", "Mont-Saint-Aignan", "Vaulx", "Noisy", "Rosny",
        "Échirolles", "Lormont", "Vénissieux", "Évry", "Élancourt", "Hérouville", "Œting", "L'Haÿ",
        "Saint-Priest", "Givors"};
    private static final String[] COMMUNE_SECOND = {
        "sur-Loire", "sur-Seine", "en-Vexin", "les-Bains", "le-Grand", "sur-Marne", "de-Provence",
        "d'Azergues", "sur-Rhône", "en-Velay", "lès-Lille", "sur-Orge", "du-Lac", "la-Forêt", "sous-Bois",
        "des-Prés"};

    private static final List<String> DEPARTEMENTS = buildDepartements();
    private static final String[] QUARTER_LABELS = new String[QUARTERS];
    private static final String[] QUARTER_CODES = new String[QUARTERS];

    static {
        for (int i = 0; i < QUARTERS; i++) {
            String first = QUARTER_FIRST[i % QUARTER_FIRST.length];
            String second = QUARTER_SECOND[i / QUARTER_FIRST.length];
            QUARTER_LABELS[i] = i % 3 == 0 ? first + " – " + second : first + " " + second;
            QUARTER_CODES[i] = "QN0" + DEPARTEMENTS.get(i % 94) + String.format("%02d", i / 94 + 1) + "MINC".charAt(i % 4);
        }
    }

    private static final CityContract CONTRACT = build();

    private Referential() {
    }

    /**
     * The referential contract (no observation, body or document), built once.
     *
     * @return the contract, not null
     */
    public static CityContract contract() {
        return CONTRACT;
    }

    /**
     * The départements of the quarters, in order: 01 to 95 without 20.
     *
     * @return 94 two-digit codes
     */
    static List<String> departements() {
        return DEPARTEMENTS;
    }

    private static List<String> buildDepartements() {
        List<String> codes = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                codes.add(String.format("%02d", d));
            }
        }
        return List.copyOf(codes);
    }

    /**
     * The label of the quarter at an index.
     *
     * @param index from 0 to {@link #QUARTERS} - 1
     * @return the label, not null
     */
    public static String quarterLabel(int index) {
        return QUARTER_LABELS[index];
    }

    /**
     * The id of the quarter at an index.
     *
     * @param index from 0 to {@link #QUARTERS} - 1
     * @return the id, not null
     */
    public static String quarterId(int index) {
        return String.format("qpv-%04d", index);
    }

    /**
     * The 2024 QPV code of the quarter at an index.
     *
     * @param index from 0 to {@link #QUARTERS} - 1
     * @return the code, such as {@code QN00105M}, not null
     */
    public static String quarterCode(int index) {
        return QUARTER_CODES[index];
    }

    /**
     * The INSEE code of the commune at an index: four communes per département.
     *
     * @param index from 0 to {@link #communeCount()} - 1
     * @return the code, not null
     */
    public static String communeCode(int index) {
        return DEPARTEMENTS.get(index / 4) + (100 + index % 4);
    }

    /**
     * The name of the commune at an index.
     *
     * @param index from 0 to {@link #communeCount()} - 1
     * @return the name, not null
     */
    public static String communeName(int index) {
        return COMMUNE_FIRST[index % COMMUNE_FIRST.length] + "-" + COMMUNE_SECOND[index / COMMUNE_FIRST.length];
    }

    /**
     * How many communes the referential has.
     *
     * @return 376
     */
    public static int communeCount() {
        return 94 * 4;
    }

    /**
     * The index of the commune a quarter lies in.
     *
     * @param quarter the quarter's index
     * @return the commune's index
     */
    public static int communeOfQuarter(int quarter) {
        return (quarter % 94) * 4 + (quarter / 94) % 4;
    }

    /**
     * The indicators, standard ones first.
     *
     * @return 24 definitions, not null
     */
    public static List<IndicatorDefinition> indicators() {
        return CONTRACT.indicators();
    }

    private static List<IndicatorDefinition> buildIndicators() {
        List<IndicatorDefinition> list = new ArrayList<>(StandardIndicators.all());
        String[][] more = {
            {"EMPL_TX", "Taux d'emploi des 15-64 ans", "%", "Taux d'emploi"},
            {"CHOM_TX", "Taux de chômage des 15-64 ans", "%", "Taux de chômage"},
            {"CHOM_JEUNES", "Part des jeunes de 16-25 ans non scolarisés et sans emploi", "%", "NEET"},
            {"FAM_MONO", "Part des familles monoparentales", "%", "Familles monoparentales"},
            {"LOG_SOC", "Part des logements sociaux", "%", "Logements sociaux"},
            {"BENEF_RSA", "Nombre d'allocataires du RSA", "nb", "Allocataires RSA"},
            {"BENEF_CAF", "Nombre d'allocataires CAF", "nb", "Allocataires CAF"},
            {"REV_D1", "Premier décile du revenu disponible", "€", "Premier décile"},
            {"REV_D9", "Neuvième décile du revenu disponible", "€", "Neuvième décile"},
            {"SCOL_RETARD", "Part des élèves en retard à l'entrée en 6e", "%", "Retard en 6e"},
            {"DIPL_AUCUN", "Part des 15 ans et plus sans diplôme", "%", "Sans diplôme"},
            {"ETRANGERS", "Part des étrangers", "%", "Étrangers"},
            {"MOINS25", "Part des moins de 25 ans", "%", "Moins de 25 ans"},
            {"PLUS60", "Part des 60 ans et plus", "%", "60 ans et plus"},
            {"MEN_1PERS", "Part des ménages d'une personne", "%", "Ménages d'une personne"},
            {"CMU_C", "Part des bénéficiaires de la complémentaire santé solidaire", "%", "C2S"},
            {"DEF_ABC", "Nombre de demandeurs d'emploi (cat. A, B, C)", "nb", "Demandeurs d'emploi"},
            {"ETAB_ACTIFS", "Nombre d'établissements actifs", "nb", "Établissements"},
            {"CREA_ENT", "Nombre de créations d'entreprises", "nb", "Créations d'entreprises"},
            {"LOYER_MED", "Loyer médian au m²", "€", "Loyer médian"}};
        for (String[] row : more) {
            Unit unit = switch (row[2]) {
                case "%" -> Unit.PERCENT;
                case "€" -> Unit.EUROS;
                default -> Unit.COUNT;
            };
            list.add(IndicatorDefinition.builder(row[0], row[1], unit).aliases(row[3]).polarity(Polarity.NEUTRAL)
                    .source("Observatoire national de la politique de la ville").build());
        }
        return List.copyOf(list);
    }

    private static CityContract build() {
        List<Commune> communes = new ArrayList<>();
        List<InseeCode> codes = new ArrayList<>();
        for (int i = 0; i < communeCount(); i++) {
            InseeCode code = new InseeCode(communeCode(i));
            codes.add(code);
            communes.add(new Commune(code, communeName(i)));
        }
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(Quarter.builder(quarterId(i), quarterLabel(i)).code(QpvCode.parse(quarterCode(i)))
                    .commune(codes.get(communeOfQuarter(i))).build());
        }
        return CityContract.builder("referentiel-national", "Référentiel national de démonstration")
                .period(Period.ofYears(2024, 2030))
                .agglomeration(new Agglomeration(AGGLOMERATION_ID, new Siren("244400404"), AGGLOMERATION_NAME, codes))
                .communes(communes)
                .quarters(quarters)
                .indicators(buildIndicators())
                .build();
    }
}
