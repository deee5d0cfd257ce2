package org.politiqueville.examples.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.validation.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The politiqueville integration job: {@code convert}, {@code validate} and {@code demo} commands
 * over every format the class path provides (CSV, JSON, and plug-ins such as {@code seed-table}).
 *
 * <p>Exit codes: 0 every record accepted; 1 some records rejected or an error reported (the output holds the accepted
 * ones, the report the others); 2 usage error, unreadable or malformed input (nothing written).
 * Errors are one or a few readable lines on stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "politiqueville-job", sortOptions = false,
        description = "Converts and validates Politique de la Ville data files (CSV, JSON, plug-in formats).",
        subcommands = {ConvertCommand.class, ValidateCommand.class, DemoCommand.class},
        footer = {"", "Exit codes: 0 every record accepted, 1 some records rejected or an error reported, "
                + "2 usage error or unreadable input (nothing written)."})
public final class PolitiqueVilleJob implements Callable<Integer> {

    /** Exit code: every record was accepted. */
    public static final int OK = 0;
    /** Exit code: some records were rejected, or an error reported; the output holds the accepted ones. */
    public static final int SOME_REJECTED = 1;
    /** Exit code: a usage error, or an input that cannot be read; nothing was written. */
    public static final int FAILED = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    PolitiqueVilleJob() {
    }

    /**
     * Runs the job and exits with its code.
     *
     * @param args the command line, such as {@code convert quartiers.csv quartiers.json}
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: send it to SLF4J like the rest.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs the job in process, as {@link #main(String[])} does, without exiting.
     *
     * @param out  where results go, not null
     * @param err  where errors and progress go, not null
     * @param args the command line, not null
     * @return the exit code: {@link #OK}, {@link #SOME_REJECTED} or {@link #FAILED}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PolitiqueVilleJob());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(PolitiqueVilleJob::usageError);
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> failure(e, failed));
        for (CommandLine command : List.of(commandLine, commandLine.getSubcommands().get("convert"),
                commandLine.getSubcommands().get("validate"))) {
            listFormatsInHelp(command);
        }
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Ends the command's help with the formats actually on the class path, plug-ins included. The
     * section renders only when help is printed: loading the adapters for every run would slow the
     * job's start-up for nothing.
     */
    private static void listFormatsInHelp(CommandLine command) {
        Map<String, IHelpSectionRenderer> sections = command.getHelpSectionMap();
        IHelpSectionRenderer footer = sections.get(UsageMessageSpec.SECTION_KEY_FOOTER);
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder text = new StringBuilder(String.format("%nFormats found on the class path:%n"));
            for (FormatAdapter adapter : Commands.registry(Locale.ENGLISH).adapters()) {
                text.append(String.format("  %-12s %s; reads: %s; writes: %s%n", adapter.name(),
                        adapter.fileExtensions().stream().sorted().map(extension -> "." + extension)
                                .collect(Collectors.joining(" ")),
                        kinds(adapter.readableKinds()), kinds(adapter.writableKinds())));
            }
            return text + footer.render(help);
        });
    }

    private static String kinds(Set<RecordKind> kinds) {
        return kinds.isEmpty() ? "-" : Commands.ids(kinds);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: convert, validate or demo");
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.print("Usage: " + failed.getHelp().synopsis(0));
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return FAILED;
    }

    private static int failure(Exception e, CommandLine failed) {
        CommonOptions common = failed.getCommand() instanceof JobCommand command ? command.common() : new CommonOptions();
        Locale locale = common.locale();
        Texts texts = Texts.of(locale);
        PrintWriter err = failed.getErr();
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        boolean expected = true;
        String message;
        if (cause instanceof JobException job) {
            message = job.getMessage();
        } else if (cause instanceof UnreadableInputException unreadable) {
            message = Commands.describe(unreadable, locale);
        } else if (cause instanceof InvalidValueException invalid) {
            message = invalid.getMessage(locale);
        } else if (cause instanceof IOException io) {
            message = Commands.describe(io, texts);
        } else {
            expected = false;
            message = texts.get("error.unexpected", cause.toString());
        }
        err.println(failed.getCommandSpec().qualifiedName() + ": " + message);
        if (common.debug) {
            e.printStackTrace(err);
        } else if (!expected) {
            err.println(texts.get("error.debugHint"));
        }
        err.flush();
        return FAILED;
    }
}
