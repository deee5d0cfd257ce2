package org.politiqueville.examples.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark application: {@code spark-job -o OUT IN...} converts CSV files to JSON Lines with a
 * rejects dataset, and prints the counts the single-process job prints, per file and in total.
 */
@Command(name = "spark-job", sortOptions = false, mixinStandardHelpOptions = false,
        description = {"Converts many CSV files on Apache Spark, each file whole in one task: accepted records as "
                + "JSON Lines in OUT/dataset=<kind>/, problems in OUT/dataset=rejects/ (one JSON object each: file, line, "
                + "column, columnName, severity, code, path, value, message), counts in OUT/dataset=summary/.", "",
                "Exit codes: 0 every record accepted, 1 some rejected, an error reported or a file unreadable, "
                        + "2 usage error or no input (nothing written)."})
public final class SparkJob implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*",
            description = "CSV files, folders or glob patterns (a local path, hdfs://..., s3a://...).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The folder to write (replaced if it exists).")
    String output;

    @Option(names = "--kind", paramLabel = "K",
            description = "What the files hold: quarters, communes, bodies, engagements, indicators, observations or "
                    + "documents (default: inferred from each file's header).")
    String kind;

    @Option(names = "--referential", paramLabel = "FILE",
            description = "A city contract (JSON, on the driver's file system) to resolve names against, broadcast to "
                    + "the executors (default: the bundled Nantes Métropole sample).")
    Path referential;

    @Option(names = "--strict", description = "Reject records breaking a legal rule (default: a warning).")
    boolean strict;

    @Option(names = "--limit", paramLabel = "NAME=VALUE", description = "Change an input limit: maxFields, maxRecordChars.")
    Map<String, String> limits = new LinkedHashMap<>();

    @Option(names = "--locale", paramLabel = "fr|en",
            description = "Language of messages and reports (default: the system's language if French, else en).")
    String language;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master when not given by spark-submit (default: local[*]).")
    String master;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * Runs the job and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    /**
     * Runs the conversion.
     *
     * @return the exit code
     * @throws IOException if the referential cannot be read
     */
    @Override
    public Integer call() throws IOException {
        Locale locale = language != null ? Locale.forLanguageTag(language)
                : Texts.isFrench(Locale.getDefault()) ? Locale.FRENCH : Locale.ENGLISH;
        RecordKind recordKind = null;
        if (kind != null) {
            try {
                recordKind = RecordKind.parse(kind);
            } catch (InvalidValueException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--kind: " + e.getMessage(locale));
            }
        }
        byte[] contract = referential == null ? null : Files.readAllBytes(referential);
        SparkConf conf = new SparkConf().setAppName("politiqueville-spark-job");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : "local[*]");
        }
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            if (conf.get("spark.master").startsWith("local")) {
                spark.sparkContext().setLogLevel("WARN");
            }
            SparkConversion.Result result;
            try {
                result = SparkConversion.run(spark, new SparkConversion.Options(inputs, output, recordKind, contract,
                        locale, strict, limits));
            } catch (SparkJobException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            print(result, out, Texts.of(locale));
            return result.rejected() == 0 && result.errors() == 0 && result.unreadable() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** The single-process job's summary lines for every file, then the totals. */
    private void print(SparkConversion.Result result, PrintWriter out, Texts texts) {
        for (SparkConversion.FileSummary file : result.files()) {
            out.println(file.text());
        }
        out.println(texts.get("total", result.files().size(), result.read(), result.accepted(), result.rejected(),
                result.errors(), result.warnings(), result.unreadable()));
        out.println(texts.get("wrote", output, result.accepted(), output + "/dataset=<kind>",
                output + "/dataset=rejects"));
        out.flush();
    }
}
