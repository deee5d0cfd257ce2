package org.politiqueville.examples.embedding;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.indicator.Gap;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.ValidationReport;
import org.politiqueville.json.PolitiqueVilleModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a city system embeds politiqueville: take a city contract (here the bundled Nantes Métropole
 * sample, plus two engagements a city team would add), validate it, and ask it the questions a city
 * team asks; then hand a quarter to the application's own Jackson mapper, with the politiqueville
 * module registered on it.
 *
 * <p>Run with {@code java -jar politiqueville-embedding.jar [fr|en]}; French by default.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally {@code fr} or {@code en}, the language of the report
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: send it to SLF4J like the rest.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Locale locale = args.length > 0 && args[0].startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(locale, LocalDate.now(), out);
    }

    /**
     * Builds, validates and queries the sample contract, printing to {@code out}.
     *
     * @param locale the language of the report
     * @param today  the day late engagements are judged against
     * @param out    where to print
     * @return the validation report of the contract
     */
    static ValidationReport run(Locale locale, LocalDate today, PrintStream out) {
        boolean fr = locale.getLanguage().equals("fr");
        CityContract contract = withIllustrativeEngagements(NantesMetropole.contract());

        out.println(contract.name());
        out.printf("%d %s, %d %s, %d %s, %d documents%n", contract.communes().size(), fr ? "communes" : "communes",
                contract.quarters().size(), fr ? "quartiers prioritaires" : "priority quarters",
                contract.bodies().size(), fr ? "instances de gouvernance" : "governance bodies",
                contract.documents().size());
        for (Quarter quarter : contract.quarters()) {
            out.printf("  %-9s %s%s%n", quarter.codes().get(0), quarter.label(),
                    quarter.aliases().isEmpty() ? "" : " (" + String.join(", ", quarter.aliases()) + ")");
        }

        ValidationReport report = PolitiqueVilleValidator.create().validate(contract);
        out.printf("%s: %d %s, %d %s%n", fr ? "Validation" : "Validation", report.errors().size(),
                fr ? "erreur(s)" : "error(s)", report.warnings().size(), fr ? "avertissement(s)" : "warning(s)");
        if (!report.isEmpty()) {
            out.println(report.format(locale));
        }

        Gap gap = contract.gap("DISP_MED", TerritoryRef.quarter("malakoff"),
                TerritoryRef.agglomeration(NantesMetropole.AGGLOMERATION_ID), Period.ofYear(2021)).orElseThrow();
        out.printf(fr ? "Revenu médian 2021, Malakoff face à la métropole : écart %s €, ratio %s (%s)%n"
                        : "Median income 2021, Malakoff against the métropole: gap %s €, ratio %s (%s)%n",
                gap.difference().toPlainString(), gap.ratio().toPlainString(), gap.assessment());

        // An application that already has a Jackson 3 mapper registers the module on it; nothing else changes.
        JsonMapper mapper = JsonMapper.builder().addModule(new PolitiqueVilleModule()).build();
        Quarter malakoff = contract.quarter("malakoff").orElseThrow();
        out.println((fr ? "Un quartier en JSON : " : "One quarter as JSON: ") + mapper.writeValueAsString(malakoff));

        List<Engagement> late = contract.lateEngagements(today);
        out.printf(fr ? "Engagements en retard au %s : %d%n" : "Engagements late on %s: %d%n", today, late.size());
        for (Engagement engagement : late) {
            out.printf("  %s — %s (%s, %d %%, %s %s)%n", engagement.id(), engagement.title(), engagement.status(),
                    engagement.progress(), fr ? "échéance" : "due", engagement.dueDate());
        }
        return report;
    }

    /**
     * The sample lists no engagement (the page names none), so a city team adds its own; these two
     * are illustrations, not data from the page.
     */
    private static CityContract withIllustrativeEngagements(CityContract contract) {
        List<Engagement> engagements = new ArrayList<>();
        engagements.add(Engagement.builder("emploi-jeunes-malakoff", "Accompagner 100 jeunes de Malakoff vers l’emploi",
                        Pillar.ECONOMIC_DEVELOPMENT_AND_EMPLOYMENT)
                .signatories(List.of("comite-pilotage")).targetQuarters(List.of(TerritoryRef.quarter("malakoff")))
                .status(EngagementStatus.IN_PROGRESS).progress(60)
                .startDate(ReducedDate.ofYear(2019)).dueDate(ReducedDate.ofMonth(2020, 12)).build());
        engagements.add(Engagement.builder("charte-participation", "Faire vivre la charte de participation",
                        Pillar.GOVERNANCE_AND_CITIZEN_PARTICIPATION)
                .signatories(List.of("comite-pilotage", "inter-associatif"))
                .status(EngagementStatus.DONE).progress(100)
                .startDate(ReducedDate.ofYear(2017)).dueDate(ReducedDate.ofYear(2018)).build());
        return contract.toBuilder().engagements(engagements).build();
    }
}
