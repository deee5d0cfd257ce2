import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.json.PolitiqueVilleJson;

/**
 * Writes the benchmark's input for bench.sh: ROWS observation rows spread over FILES files (French
 * Excel and open-data dialects in turn, rows numbered across files so that no two files are alike),
 * the national referential they name, as JSON, and with a fourth argument {@code one-file} the same
 * rows in one French Excel file. Run with the benchmarks jar on the class path:
 *
 *   java -cp benchmarks/target/benchmarks.jar GenerateInput.java DIR ROWS FILES [one-file]
 */
public class GenerateInput {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        long rows = Long.parseLong(args[1]);
        int files = Integer.parseInt(args[2]);
        Path input = Files.createDirectories(dir.resolve("input"));
        PolitiqueVilleJson.compact().writeContract(Referential.contract(), dir.resolve("referential.json"));
        long next = 0;
        for (int f = 0; f < files; f++) {
            long count = rows / files + (f < rows % files ? 1 : 0);
            Dialect dialect = f % 2 == 0 ? Dialect.FRENCH_EXCEL : Dialect.OPEN_DATA;
            write(input.resolve(String.format("observations-%03d.csv", f)), dialect, next, count);
            next += count;
        }
        System.out.println(rows + " rows in " + files + " files under " + input);
        if (args.length > 3 && args[3].equals("one-file")) {
            Path one = Files.createDirectories(dir.resolve("one-file"));
            write(one.resolve("observations.csv"), Dialect.FRENCH_EXCEL, 0, rows);
            System.out.println(rows + " rows in one file under " + one);
        }
    }

    private static void write(Path file, Dialect dialect, long first, long count) throws Exception {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                dialect.charset().newEncoder()), 1 << 16)) {
            StringBuilder line = new StringBuilder(256);
            out.write(Generator.header(Generator.Kind.OBSERVATIONS, dialect));
            out.write(dialect.lineSeparator());
            for (long i = first; i < first + count; i++) {
                line.setLength(0);
                Generator.row(Generator.Kind.OBSERVATIONS, dialect, i, line);
                out.append(line);
            }
        }
    }
}
