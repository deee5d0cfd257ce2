package org.politiqueville.examples.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.WriteOptions;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole job on the bundled sample data — the seed page's documents, the
 * fixtures' quarters and observations — loaded, validated, converted to JSON and to both CSV
 * presets, with a summary.
 */
@Command(name = "demo", sortOptions = false,
        description = {"Runs the whole job on the bundled Nantes Métropole sample data: reads each sample file "
                + "(the seed page's documents table, legacy CSV exports of quarters and observations), validates it, "
                + "writes it as JSON and as CSV in both presets, and prints a summary.", "",
                "Some sample records are wrong on purpose: the demo shows how they are reported. "
                        + "Exit code 0 when the demo ran, 2 if it could not."})
final class DemoCommand implements Callable<Integer>, JobCommand {

    /** The bundled sample files, in the order the demo reads them. */
    static final List<String> SAMPLES = List.of("documents-ressources.seed", "documents-seed.csv",
            "qpv-2024-national-extract.csv", "quartiers-excel-fr.csv", "observations-filosofi.csv");

    private static final String SAMPLE_FOLDER = "sample/";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the sample inputs and every output (default: a new temporary folder).")
    Path outDir;

    @Override
    public CommonOptions common() {
        return common;
    }

    /** The outcome of one sample file. */
    private record Row(String file, String format, ImportReport report) {
    }

    @Override
    public Integer call() throws IOException {
        Locale locale = common.locale();
        Texts texts = Texts.of(locale);
        PrintWriter out = spec.commandLine().getOut();
        Path folder = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("politiqueville-demo-");
        Path inputs = Files.createDirectories(folder.resolve("input"));
        Path json = Files.createDirectories(folder.resolve("json"));
        Path openData = Files.createDirectories(folder.resolve("csv-open-data"));
        Path excel = Files.createDirectories(folder.resolve("csv-excel-fr"));
        Path reports = Files.createDirectories(folder.resolve("reports"));
        FormatRegistry registry = Commands.registry(locale);
        CityContract contract = NantesMetropole.contract();

        out.println(texts.get("demo.title", contract.name(), folder));
        out.println(texts.get("demo.formats", registry.adapters().stream().map(FormatAdapter::name).toList()));

        ValidationReport contractProblems = PolitiqueVilleValidator.create().validate(contract);
        Path contractFile = json.resolve("contract.json");
        FormatAdapter contractWriter = Commands.writerFor(registry, contractFile, RecordKind.CONTRACT, locale, texts);
        try (RecordSink sink = contractWriter.writer(new WriteOptions(true, Map.of())).open(contractFile, RecordKind.CONTRACT)) {
            sink.accept(contract);
            sink.commit();
        }
        out.println(texts.get("demo.contract", contract.id(), contractProblems.errors().size(),
                contractProblems.warnings().size(), folder.relativize(contractFile)));

        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String sample : SAMPLES) {
            Path input = inputs.resolve(sample);
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_FOLDER + sample)) {
                if (in == null) {
                    throw new JobException(texts.get("error.noSuchFile", SAMPLE_FOLDER + sample));
                }
                Files.copy(in, input, StandardCopyOption.REPLACE_EXISTING);
            }
            String base = sample.substring(0, sample.lastIndexOf('.'));
            FormatAdapter reader = Commands.readerFor(registry, input, null, locale, texts);
            List<Conversion.Target> targets = List.of(
                    target(registry, json.resolve(base + ".json"), new WriteOptions(true, Map.of()), locale, texts),
                    target(registry, openData.resolve(base + ".csv"),
                            WriteOptions.DEFAULT.with("dialect", Dialect.OPEN_DATA.id()), locale, texts),
                    target(registry, excel.resolve(base + ".csv"),
                            WriteOptions.DEFAULT.with("dialect", Dialect.EXCEL_FR.id()), locale, texts));
            try {
                ImportReport report = new Conversion(reader, new ReadOptions(null, contract, locale, false, Map.of()),
                        targets, texts).run(input, sample, Progress.silent(spec.commandLine().getErr(), texts));
                Commands.writeReport(report, reports.resolve(base + ".rejects.json"), locale);
                rows.add(new Row(sample, reader.name(), report));
            } catch (UnreadableInputException e) {
                failures.add(Commands.describe(e, locale));
            }
        }

        printSummary(out, texts, locale, rows, contractProblems);
        failures.forEach(failure -> spec.commandLine().getErr().println(failure));
        out.println(texts.get("demo.outputs", folder));
        out.flush();
        return failures.isEmpty() ? 0 : 2;
    }

    private static Conversion.Target target(FormatRegistry registry, Path file, WriteOptions options, Locale locale,
                                            Texts texts) {
        return new Conversion.Target(file, Commands.writerFor(registry, file, null, locale, texts), options);
    }

    private static void printSummary(PrintWriter out, Texts texts, Locale locale, List<Row> rows,
                                     ValidationReport contractProblems) {
        String format = "%-31s %-11s %-13s %6s %9s %9s %9s%n";
        out.println();
        out.printf(format, texts.get("demo.file"), texts.get("demo.format"), texts.get("demo.kind"),
                texts.get("demo.read"), texts.get("demo.accepted"), texts.get("demo.rejected"), texts.get("demo.warnings"));
        Map<RecordKind, long[]> perKind = new EnumMap<>(RecordKind.class);
        Map<ProblemCode, long[]> perCode = new TreeMap<>();
        Map<ProblemCode, Severity> severities = new LinkedHashMap<>();
        for (Row row : rows) {
            ImportReport report = row.report();
            out.printf(format, row.file(), row.format(), report.kind().id(), report.read(), report.accepted(),
                    report.rejected(), report.warnings());
            long[] counts = perKind.computeIfAbsent(report.kind(), kind -> new long[4]);
            counts[0] += report.read();
            counts[1] += report.accepted();
            counts[2] += report.rejected();
            counts[3] += report.warnings();
            count(report.problems().problems(), perCode, severities);
        }
        count(contractProblems.problems(), perCode, severities);

        out.println();
        out.println(texts.get("demo.perKind"));
        perKind.forEach((kind, counts) -> out.println("  " + texts.get("demo.kindCounts", kind.id(), counts[0],
                counts[1], counts[2], counts[3])));
        out.println();
        out.println(texts.get("demo.perCode"));
        if (perCode.isEmpty()) {
            out.println("  " + texts.get("demo.noProblem"));
        }
        perCode.forEach((code, count) -> out.printf("  %-28s %-8s %3d  %s%n", code.name(), severities.get(code),
                count[0], example(rows, code, locale)));
    }

    private static void count(List<Problem> problems, Map<ProblemCode, long[]> perCode,
                              Map<ProblemCode, Severity> severities) {
        for (Problem problem : problems) {
            perCode.computeIfAbsent(problem.code(), code -> new long[1])[0]++;
            severities.merge(problem.code(), problem.severity(),
                    (a, b) -> a == Severity.ERROR || b == Severity.ERROR ? Severity.ERROR : Severity.WARNING);
        }
    }

    /** The first problem with a code, located and worded, to show what it means. */
    private static String example(List<Row> rows, ProblemCode code, Locale locale) {
        return rows.stream().flatMap(row -> row.report().problems().withCode(code).stream()).findFirst()
                .map(problem -> (problem.location().isUnknown() ? "" : problem.location() + ": ")
                        + problem.message(locale))
                .orElse("");
    }
}
