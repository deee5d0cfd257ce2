package org.politiqueville.examples.job;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate IN}: reads a file and reports its problems, writing nothing but the report. */
@Command(name = "validate", sortOptions = false,
        description = {"Checks IN without converting it: every record is read, resolved and validated.", "",
                "Exit codes: 0 every record accepted, 1 some rejected or an error reported, 2 usage error or unreadable input."})
final class ValidateCommand implements Callable<Integer>, JobCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to check.")
    Path input;

    @Option(names = "--kind", paramLabel = "K", converter = KindConverter.class,
            description = "What IN holds (default: inferred).")
    RecordKind kind;

    @Option(names = "--referential", paramLabel = "FILE",
            description = "A city contract (JSON) to resolve names against (default: the bundled Nantes Métropole sample).")
    Path referential;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the report: JSON if FILE ends in .json, CSV otherwise.")
    Path reportFile;

    @Option(names = "--strict", description = "Reject records breaking a legal rule (default: a warning).")
    boolean strict;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Change an input limit: maxFields, maxRecordChars (CSV); maxNestingDepth, maxStringLength, "
                    + "maxNameLength, maxNumberLength, maxDocumentLength (JSON). See RELIABILITY.md for the defaults.")
    Map<String, String> limits = new LinkedHashMap<>();

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() throws IOException {
        Locale locale = common.locale();
        Texts texts = Texts.of(locale);
        Commands.requireReadable(input, texts);
        Commands.requireWritable(reportFile, texts);
        FormatRegistry registry = Commands.registry(locale);
        FormatAdapter reader = Commands.readerFor(registry, input, kind, locale, texts);
        CityContract contract = Commands.referential(referential, registry, locale, texts);
        ReadOptions readOptions = new ReadOptions(kind, contract, locale, strict, limits);
        Commands.checkLimits(reader, readOptions, spec);

        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, texts);
        ImportReport report = new Conversion(reader, readOptions, List.of(), texts)
                .run(input, input.toString(), progress);

        if (reportFile != null) {
            Commands.writeReport(report, reportFile, locale);
        }
        var out = spec.commandLine().getOut();
        Commands.printReport(report, out, locale, texts, reportFile);
        if (reportFile != null) {
            out.println(texts.get("wroteReport", reportFile));
        }
        out.flush();
        return Commands.exitCode(report);
    }
}
