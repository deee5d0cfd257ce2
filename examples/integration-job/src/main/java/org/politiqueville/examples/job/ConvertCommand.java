package org.politiqueville.examples.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT}: reads a file and writes its accepted records in another format. */
@Command(name = "convert", sortOptions = false,
        description = {"Converts IN to OUT, formats chosen by extension (.csv, .tsv, .txt: delimited text; "
                + ".json, .jsonl; any plugged-in format). OUT holds the accepted records; the rejects report "
                + "says why the others were rejected.", "",
                "Exit codes: 0 every record accepted, 1 some rejected or an error reported, 2 usage error or unreadable input "
                        + "(nothing written)."})
final class ConvertCommand implements Callable<Integer>, JobCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write; replaced atomically.")
    Path output;

    @Option(names = "--kind", paramLabel = "K", converter = KindConverter.class,
            description = "What IN holds: quarters, communes, bodies, engagements, indicators, observations, "
                    + "documents or contract (default: inferred from the headers or the document's shape).")
    RecordKind kind;

    @Option(names = "--referential", paramLabel = "FILE",
            description = "A city contract (JSON) to resolve names against (default: the bundled Nantes Métropole sample).")
    Path referential;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to write the report of rejected records and warnings: JSON if FILE ends in .json, "
                    + "CSV otherwise.")
    Path rejects;

    @Option(names = "--dialect", paramLabel = "open-data|excel-fr", converter = Dialect.Converter.class,
            description = "How to write delimited text: open-data (UTF-8, comma, decimal point; the default) or "
                    + "excel-fr (UTF-8 with a byte order mark, semicolon, decimal comma, dd/MM/yyyy dates, CRLF, formula protection).")
    Dialect dialect;

    @Option(names = "--compact", description = "Write JSON on as few lines as possible (default: indented).")
    boolean compact;

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
        Commands.requireWritable(output, texts);
        Commands.requireWritable(rejects, texts);
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new JobException(texts.get("error.sameFile", input));
        }
        FormatRegistry registry = Commands.registry(locale);
        FormatAdapter reader = Commands.readerFor(registry, input, kind, locale, texts);
        FormatAdapter writer = Commands.writerFor(registry, output, kind, locale, texts);
        CityContract contract = Commands.referential(referential, registry, locale, texts);
        ReadOptions readOptions = new ReadOptions(kind, contract, locale, strict, limits);
        Commands.checkLimits(reader, readOptions, spec);
        WriteOptions writeOptions = new WriteOptions(!compact, Map.of(), contract)
                .with("dialect", (dialect == null ? Dialect.OPEN_DATA : dialect).id());

        Conversion conversion = new Conversion(reader, readOptions,
                List.of(new Conversion.Target(output, writer, writeOptions)), texts);
        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, texts);
        ImportReport report = conversion.run(input, input.toString(), progress);

        if (rejects != null) {
            Commands.writeReport(report, rejects, locale);
        }
        var out = spec.commandLine().getOut();
        Commands.printReport(report, out, locale, texts, rejects);
        out.println(texts.get("wrote", output, report.accepted(), report.kind().id()));
        if (rejects != null) {
            out.println(texts.get("wroteReport", rejects));
        }
        out.flush();
        return Commands.exitCode(report);
    }
}
