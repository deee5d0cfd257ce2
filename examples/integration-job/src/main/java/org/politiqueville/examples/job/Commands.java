package org.politiqueville.examples.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands share: finding formats, loading the referential, rendering reports and errors. */
final class Commands {

    /** How many problems the console lists before pointing to the report file. */
    static final int PROBLEMS_SHOWN = 20;

    private Commands() {
    }

    /** The formats on the class path; two claiming one name is a fatal set-up error. */
    static FormatRegistry registry(Locale locale) {
        try {
            return FormatRegistry.load(Commands.class.getClassLoader());
        } catch (InvalidValueException e) {
            throw new JobException(e.getMessage(locale), e);
        }
    }

    /** Kinds as their ids, sorted, for messages. */
    static String ids(Collection<RecordKind> kinds) {
        return kinds.stream().map(RecordKind::id).sorted().collect(Collectors.joining(", "));
    }

    /** Refuses a missing or unreadable input before any work, with a readable reason. */
    static void requireReadable(Path input, Texts texts) {
        if (!Files.exists(input)) {
            throw new JobException(texts.get("error.noSuchFile", input));
        }
        if (Files.isDirectory(input)) {
            throw new JobException(texts.get("error.isDirectory", input));
        }
        if (!Files.isReadable(input)) {
            throw new JobException(texts.get("error.unreadableFile", input));
        }
    }

    /** Refuses an output whose folder does not exist, before any work. */
    static void requireWritable(Path output, Texts texts) {
        if (output == null) {
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new JobException(texts.get("error.noSuchFolder", parent));
        }
        if (Files.isDirectory(output)) {
            throw new JobException(texts.get("error.isDirectory", output));
        }
    }

    /** The adapter to read a file, by extension then by content. */
    static FormatAdapter readerFor(FormatRegistry registry, Path input, RecordKind kind, Locale locale, Texts texts)
            throws IOException {
        FormatAdapter adapter;
        try {
            adapter = registry.forReading(input, null);
        } catch (InvalidValueException e) {
            throw new JobException(e.getMessage(locale), e);
        }
        if (kind != null && !adapter.readableKinds().contains(kind)) {
            throw new JobException(texts.get("error.cannotRead", input, adapter.name(), kind.id(),
                    ids(adapter.readableKinds())));
        }
        return adapter;
    }

    /** The adapter to write a file, by extension. */
    static FormatAdapter writerFor(FormatRegistry registry, Path output, RecordKind kind, Locale locale, Texts texts) {
        FormatAdapter adapter;
        try {
            adapter = registry.forWriting(output, null);
        } catch (InvalidValueException e) {
            throw new JobException(e.getMessage(locale), e);
        }
        if (kind != null && !adapter.writableKinds().contains(kind)) {
            throw new JobException(texts.get("error.cannotWrite", output, adapter.name(), kind.id(),
                    ids(adapter.writableKinds())));
        }
        return adapter;
    }

    /**
     * The city contract names are resolved against: the given file (a whole contract, in any format
     * that reads contracts), or the bundled Nantes Métropole sample.
     */
    static CityContract referential(Path file, FormatRegistry registry, Locale locale, Texts texts)
            throws IOException {
        CityContract sample = NantesMetropole.contract();
        if (file == null) {
            return sample;
        }
        requireReadable(file, texts);
        FormatAdapter adapter = readerFor(registry, file, RecordKind.CONTRACT, locale, texts);
        List<Object> contracts = new ArrayList<>();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = adapter.reader(ReadOptions.of(sample).withKind(RecordKind.CONTRACT).withLocale(locale))
                    .read(in, file.toString(), contracts::add);
        } catch (UnreadableInputException e) {
            throw new JobException(texts.get("error.referential", file, describe(e, locale)), e);
        }
        if (contracts.size() != 1 || !(contracts.get(0) instanceof CityContract contract)) {
            String first = report.problems().errors().stream().findFirst().map(p -> p.format(locale))
                    .orElse(texts.get("error.notAContract"));
            throw new JobException(texts.get("error.referential", file, first));
        }
        return contract;
    }

    /** Writes a report file: JSON if its name ends in {@code .json}, CSV otherwise; atomically. */
    static void writeReport(ImportReport report, Path file, Locale locale) throws IOException {
        boolean json = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        AtomicFiles.writeText(file, StandardCharsets.UTF_8, out -> {
            if (json) {
                report.writeJson(out, locale);
            } else {
                writeCsvReport(report, out, locale);
            }
        });
    }

    /**
     * The CSV report: {@link ImportReport#writeCsv}'s table, with a first row of severity
     * {@code SUMMARY} holding the counts (a CSV file holds one table, so the counts are a row of it).
     */
    private static void writeCsvReport(ImportReport report, Appendable out, Locale locale) throws IOException {
        StringBuilder table = new StringBuilder();
        report.writeCsv(table, locale);
        int headerEnd = table.indexOf("\r\n") + 2;
        String counts = "read=" + report.read() + " accepted=" + report.accepted() + " rejected=" + report.rejected()
                + " warnings=" + report.warnings();
        String summary = report.format(locale).lines().findFirst().orElse("");
        out.append(table, 0, headerEnd)
                .append("SUMMARY,,").append(csvField(report.source())).append(",,,,,,")
                .append(counts).append(',').append(csvField(summary)).append("\r\n")
                .append(table, headerEnd, table.length());
    }

    /** A field as {@link ImportReport#writeCsv} writes one: quoted if needed, never runnable as a formula. */
    private static String csvField(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Prints the report's summary, its format, and its first problems. */
    static void printReport(ImportReport report, PrintWriter out, Locale locale, Texts texts, Path reportFile) {
        List<String> lines = report.format(locale).lines().toList();
        int header = report.dialect().isEmpty() ? 1 : 2;
        lines.subList(0, Math.min(header, lines.size())).forEach(out::println);
        List<Problem> problems = report.problems().problems();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> out.println("  " + problem.format(locale)));
        if (problems.size() > PROBLEMS_SHOWN) {
            out.println("  " + (reportFile == null ? texts.get("moreProblems", problems.size() - PROBLEMS_SHOWN)
                    : texts.get("moreProblemsIn", problems.size() - PROBLEMS_SHOWN, reportFile)));
        }
    }

    /** Fails as a usage error when a {@code --limit} is unknown to the format or not a valid number. */
    static void checkLimits(FormatAdapter reader, ReadOptions options, CommandSpec spec) {
        try {
            reader.reader(options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit: " + e.getMessage());
        }
    }

    /**
     * The exit code of a read: 0 if every record was accepted without error, 1 if some were
     * rejected or an error was reported all the same (a dangling reference or a duplicate id
     * between a contract's elements, which rejects no element).
     */
    static int exitCode(ImportReport report) {
        return report.rejected() == 0 && report.errors() == 0 ? 0 : 1;
    }

    /** A readable one-line reason for an I/O failure, naming the file. */
    static String describe(IOException e, Texts texts) {
        if (e instanceof NoSuchFileException missing) {
            return texts.get("error.noSuchFile", missing.getFile());
        }
        if (e instanceof AccessDeniedException denied) {
            return texts.get("error.accessDenied", denied.getFile());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return texts.get("error.io", fs.getFile(), fs.getReason() == null ? fs.getClass().getSimpleName()
                    : fs.getReason());
        }
        return texts.get("error.io", "-", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Where and what, from the exception's problem: {@code file:line:column: message}. Built here
     * rather than taken from the exception, whose subclasses word their messages differently.
     */
    static String describe(UnreadableInputException e, Locale locale) {
        Problem problem = e.problem();
        String where = problem.location().format(locale);
        return (where.isEmpty() ? "" : where + ": ") + problem.message(locale);
    }
}
