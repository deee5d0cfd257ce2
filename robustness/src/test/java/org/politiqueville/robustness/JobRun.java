package org.politiqueville.robustness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.politiqueville.examples.job.PolitiqueVilleJob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the integration job in this JVM, as {@code main} runs it, with what it printed.
 *
 * @param exitCode the job's exit code
 * @param out      what it printed on its standard output
 * @param err      what it printed on its standard error
 */
public record JobRun(int exitCode, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Runs the job.
     *
     * @param args the command line
     * @return the run, not null
     */
    public static JobRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolitiqueVilleJob.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new JobRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code convert IN OUT --rejects REJECTS --locale en} with further options.
     *
     * @param input   the input file
     * @param output  the output file
     * @param rejects the JSON report to write
     * @param options further options, such as {@code --kind quarters}
     * @return the run, not null
     */
    public static JobRun convert(Path input, Path output, Path rejects, List<String> options) {
        List<String> args = new ArrayList<>(List.of("convert", input.toString(), output.toString(),
                "--rejects", rejects.toString(), "--locale", "en"));
        args.addAll(options);
        return of(args.toArray(String[]::new));
    }

    /**
     * Reads a JSON report the job wrote.
     *
     * @param report the file
     * @return its root object
     * @throws IOException if it cannot be read
     */
    public static JsonNode report(Path report) throws IOException {
        return JSON.readTree(Files.readString(report));
    }
}
