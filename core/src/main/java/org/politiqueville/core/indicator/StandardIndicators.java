package org.politiqueville.core.indicator;

import java.util.List;

/**
 * The indicators INSEE publishes for priority quarters that a city contract follows most often, with
 * the names spreadsheets give them.
 */
public final class StandardIndicators {

    /** Median disposable income per consumption unit, in euros; higher is better. */
    public static final IndicatorDefinition DISP_MED = IndicatorDefinition
            .builder("DISP_MED", "Revenu médian disponible par unité de consommation", Unit.EUROS)
            .aliases("Revenu médian disponible par UC", "Revenu médian")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .source("INSEE Filosofi")
            .description("Médiane du revenu disponible par unité de consommation des ménages fiscaux.")
            .build();

    /** Poverty rate at 60 % of the national median standard of living, in percent; lower is better. */
    public static final IndicatorDefinition DISP_TP60 = IndicatorDefinition
            .builder("DISP_TP60", "Taux de pauvreté au seuil de 60 %", Unit.PERCENT)
            .aliases("Taux de pauvreté")
            .polarity(Polarity.LOWER_IS_BETTER)
            .source("INSEE Filosofi")
            .description("Part des personnes dont le niveau de vie est inférieur à 60 % du niveau de vie "
                    + "médian de France métropolitaine.")
            .build();

    /** Share of social benefits in disposable income, in percent; neither way is better. */
    public static final IndicatorDefinition DISP_PPSOC = IndicatorDefinition
            .builder("DISP_PPSOC", "Part des prestations sociales dans le revenu disponible", Unit.PERCENT)
            .aliases("Part des prestations sociales")
            .source("INSEE Filosofi")
            .build();

    /** Municipal population, a number of inhabitants; neither way is better. */
    public static final IndicatorDefinition POP = IndicatorDefinition
            .builder("POP", "Population municipale", Unit.COUNT)
            .aliases("Population")
            .source("INSEE Recensement de la population")
            .build();

    private static final List<IndicatorDefinition> ALL = List.of(DISP_MED, DISP_TP60, DISP_PPSOC, POP);

    private StandardIndicators() {
    }

    /**
     * The standard definitions: {@link #DISP_MED}, {@link #DISP_TP60}, {@link #DISP_PPSOC} and
     * {@link #POP}.
     *
     * @return the definitions, not null, immutable
     */
    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    /**
     * A catalogue of the standard definitions.
     *
     * @return the catalogue, not null
     */
    public static IndicatorCatalog catalog() {
        return IndicatorCatalog.of(ALL);
    }
}
