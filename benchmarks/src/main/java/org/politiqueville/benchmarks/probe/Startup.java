package org.politiqueville.benchmarks.probe;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.politiqueville.benchmarks.baseline.PlainObservation;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.csv.CsvImporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Short programs whose whole run, JVM start included, {@code run.sh} times from the shell: start-up
 * cost is what a job validating a small file pays on every call.
 *
 * <ul>
 * <li>{@code jvm}: does nothing (the JVM's own start);</li>
 * <li>{@code hibernate-validator}: bootstraps Hibernate Validator and validates one plain record,
 *     the plain program the integration job is compared with;</li>
 * <li>{@code jackson}: builds a Jackson 3 mapper and reads one plain record;</li>
 * <li>{@code import FILE}: the integration job: imports a file of observations with the default
 *     importer (dialect detected, Nantes Métropole referential, default validation) and prints
 *     the report's counts;</li>
 * <li>{@code prepare FILE}: writes the ten-row file for {@code import} (not timed).</li>
 * </ul>
 */
public final class Startup {

    private static final String TEN_ROWS = String.join("\r\n",
            "Territoire;Indicateur;Année;Valeur;Unité",
            "Malakoff;Revenu médian disponible par UC;2021;12 940,5;€",
            "Malakoff;Taux de pauvreté;2021;48,2;%",
            "Les Dervallières;Revenu médian disponible par UC;2021;13 310;€",
            "Les Dervallières;Taux de pauvreté;2021;s;%",
            "Bellevue;Taux de pauvreté;2021;nd;%",
            "Grand Bellevue;Revenu médian disponible par UC;2021;13 020;€",
            "bottière – pin sec;Taux de pauvreté;2021;41,7 %;%",
            "Nantes Métropole;Revenu médian disponible par UC;2021;24 380;€",
            "Le Clos Toreau;Taux de pauvreté;2021;38,9;%",
            "Le Breil;Revenu médian disponible par UC;2021;14 100;€", "");

    private Startup() {
    }

    /**
     * Runs one mode.
     *
     * @param args the mode, then its file for {@code import} and {@code prepare}
     * @throws IOException if the file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "jvm" -> {
            }
            case "hibernate-validator" -> {
                Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
                PlainObservation observation = new PlainObservation("Malakoff", null, "Taux de pauvreté", 2021,
                        new BigDecimal("48.2"), null, "%", null, "INSEE");
                System.out.println("violations: " + validator.validate(observation).size());
            }
            case "jackson" -> {
                PlainObservation observation = JsonMapper.builder().build().readValue("{\"territory\":\"Malakoff\","
                        + "\"indicator\":\"Taux de pauvreté\",\"year\":2021,\"value\":48.2,\"unit\":\"%\"}",
                        PlainObservation.class);
                System.out.println("read: " + observation.territory());
            }
            case "import" -> {
                List<Observation> observations = new ArrayList<>();
                ImportReport report = CsvImporter.builder().build().read(Path.of(args[1]), Observation.class,
                        observations::add);
                System.out.println("read " + report.read() + ", accepted " + report.accepted() + ", rejected "
                        + report.rejected());
            }
            case "prepare" -> Files.writeString(Path.of(args[1]), TEN_ROWS, Charset.forName("windows-1252"));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
