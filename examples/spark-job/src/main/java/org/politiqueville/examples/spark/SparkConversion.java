package org.politiqueville.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.politiqueville.core.exchange.RecordKind;

/**
 * The integration job's {@code convert} on Apache Spark: many CSV files converted and validated in
 * parallel, one task per group of whole files, the referential broadcast once.
 *
 * <p>Everything is written in one pass, as text datasets under one folder, by kind of row:
 * {@code OUT/dataset=observations/part-*.txt} (and any other kind read) holds the accepted records
 * as JSON Lines, exactly the lines the single-process job writes to a {@code .jsonl} file;
 * {@code OUT/dataset=rejects/part-*.txt} one JSON object per problem (file, line, column,
 * columnName, severity, code, path, value, message), readable as a dataset with
 * {@code spark.read().json(...)}; {@code OUT/dataset=summary/part-*.txt} one object per file with
 * its counts. {@code OUT/_SUCCESS} appears when the whole output is committed.
 */
public final class SparkConversion {

    /** The column that names the dataset a row belongs to: the folder it is written under. */
    public static final String DATASET = "dataset";

    /** Tasks asked for per core: more than one, so that a slow file does not hold a core's share. */
    private static final int TASKS_PER_CORE = 4;

    private static final StructType ROWS = new StructType()
            .add(DATASET, DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false);

    private SparkConversion() {
    }

    /**
     * What to convert and how.
     *
     * @param inputs      the files, folders or glob patterns to read, in Hadoop syntax (a local path,
     *                    {@code hdfs://...}, {@code s3a://...}); every matching file is read as CSV
     * @param output      the folder to write, replaced if it exists
     * @param kind        what the files hold, or null to infer it from each file's header
     * @param referential the JSON of a city contract to resolve names against, or null for the
     *                    bundled Nantes Métropole sample
     * @param locale      the language of messages
     * @param strict      whether broken legal rules reject a record (otherwise they are warnings)
     * @param limits      input limits ({@code maxFields}, {@code maxRecordChars})
     */
    public record Options(List<String> inputs, String output, RecordKind kind, byte[] referential, Locale locale,
                          boolean strict, Map<String, String> limits) {

        /**
         * Checks and copies the components.
         *
         * @param inputs      the files, folders or glob patterns to read, not empty
         * @param output      the folder to write, not null
         * @param kind        what the files hold, or null to infer it per file
         * @param referential the JSON of a city contract, or null for the bundled sample
         * @param locale      the language of messages, not null
         * @param strict      whether broken legal rules reject a record
         * @param limits      input limits, not null
         */
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input");
            }
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(locale, "locale");
            limits = Map.copyOf(limits);
        }
    }

    /**
     * The counts of one file, as the single-process job reports them.
     *
     * @param file       the file, as named in problem locations
     * @param kind       the kind of records read, or null if the file was unreadable
     * @param read       the records read
     * @param accepted   the records accepted
     * @param rejected   the records rejected
     * @param errors     the errors reported
     * @param warnings   the warnings reported
     * @param unreadable whether the file was refused as a whole (nothing converted)
     * @param text       the summary lines the single-process job prints, in the caller's language
     */
    public record FileSummary(String file, String kind, long read, long accepted, long rejected, long errors,
                              long warnings, boolean unreadable, String text) {
    }

    /**
     * What a run did.
     *
     * @param files the counts per file, sorted by file
     */
    public record Result(List<FileSummary> files) {

        /**
         * Copies the list.
         *
         * @param files the counts per file
         */
        public Result {
            files = List.copyOf(files);
        }

        /**
         * The records read in every file.
         *
         * @return the total
         */
        public long read() {
            return files.stream().mapToLong(FileSummary::read).sum();
        }

        /**
         * The records accepted in every file.
         *
         * @return the total
         */
        public long accepted() {
            return files.stream().mapToLong(FileSummary::accepted).sum();
        }

        /**
         * The records rejected in every file.
         *
         * @return the total
         */
        public long rejected() {
            return files.stream().mapToLong(FileSummary::rejected).sum();
        }

        /**
         * The errors reported in every file, an unreadable file counting one.
         *
         * @return the total
         */
        public long errors() {
            return files.stream().mapToLong(FileSummary::errors).sum();
        }

        /**
         * The warnings reported in every file.
         *
         * @return the total
         */
        public long warnings() {
            return files.stream().mapToLong(FileSummary::warnings).sum();
        }

        /**
         * The files refused as a whole.
         *
         * @return the count
         */
        public long unreadable() {
            return files.stream().filter(FileSummary::unreadable).count();
        }
    }

    /**
     * Converts the inputs and writes the output folder.
     *
     * @param spark   the session, not null
     * @param options what to convert, not null
     * @return the counts per file
     * @throws SparkJobException if the referential cannot be read or no file matches the inputs
     */
    public static Result run(SparkSession spark, Options options) {
        byte[] referential = Referentials.load(options.referential(), "--referential", options.locale());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        requireMatches(options, context);
        Broadcast<byte[]> shared = context.broadcast(referential);
        FileConversion conversion = new FileConversion(shared, options.kind(), options.locale(), options.strict(),
                options.limits());
        conversion.reader();

        // binaryFiles never splits a file: each is one record, read whole by one task. Files are
        // grouped into tasks by size, so files of uneven lengths make uneven tasks: asking for four
        // tasks per core lets the scheduler even out the load (a task is a file or more, never less).
        String paths = String.join(",", options.inputs());
        JavaPairRDD<String, PortableDataStream> files =
                context.binaryFiles(paths, TASKS_PER_CORE * context.defaultParallelism());
        JavaRDD<Row> rows = files.flatMap(conversion);

        // One pass, each dataset's rows written as they come (a writer per dataset and task) rather
        // than sorted by dataset first; the caller's session gets its settings back afterwards.
        Map<String, String> writeSettings = Map.of("spark.sql.maxConcurrentOutputFileWriters", "16",
                "spark.sql.optimizer.plannedWrite.enabled", "false");
        Map<String, String> previous = new HashMap<>();
        writeSettings.keySet().forEach(key -> previous.put(key, spark.conf().contains(key) ? spark.conf().get(key) : null));
        try {
            writeSettings.forEach(spark.conf()::set);
            spark.createDataFrame(rows, ROWS).write().mode(SaveMode.Overwrite).partitionBy(DATASET)
                    .text(options.output());
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    spark.conf().unset(key);
                } else {
                    spark.conf().set(key, value);
                }
            });
            shared.destroy();
        }

        List<FileSummary> summaries = new ArrayList<>();
        String summaryFolder = options.output() + "/" + DATASET + "=" + FileConversion.SUMMARY;
        if (!exists(summaryFolder, context)) {
            // Only folders without files matched: nothing was read.
            return new Result(summaries);
        }
        for (Row row : spark.read().schema(summarySchema()).json(summaryFolder).collectAsList()) {
            summaries.add(new FileSummary(row.getString(0), row.isNullAt(1) ? null : row.getString(1), row.getLong(2),
                    row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getBoolean(7),
                    row.getString(8)));
        }
        summaries.sort(Comparator.comparing(FileSummary::file));
        return new Result(summaries);
    }

    /**
     * Fails before any task when an input matches no file, as the single-process job does, or lies
     * in the output folder, which the write replaces.
     */
    private static void requireMatches(Options options, JavaSparkContext context) {
        Texts texts = Texts.of(options.locale());
        for (String input : options.inputs()) {
            Path path = new Path(input);
            FileStatus[] matches;
            Path output;
            try {
                FileSystem fs = path.getFileSystem(context.hadoopConfiguration());
                matches = fs.globStatus(path);
                Path out = new Path(options.output());
                output = out.getFileSystem(context.hadoopConfiguration()).makeQualified(out);
            } catch (IOException e) {
                throw new SparkJobException(texts.get("error.noInput", input) + " " + e, e);
            }
            if (matches == null || matches.length == 0) {
                throw new SparkJobException(texts.get("error.noInput", input));
            }
            for (FileStatus match : matches) {
                String matched = match.getPath().toString();
                if (matched.equals(output.toString()) || matched.startsWith(output + "/")
                        || output.toString().startsWith(matched + "/")) {
                    throw new SparkJobException(texts.get("error.outputHoldsInput", options.output(), input));
                }
            }
        }
    }

    private static boolean exists(String folder, JavaSparkContext context) {
        Path path = new Path(folder);
        try {
            return path.getFileSystem(context.hadoopConfiguration()).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StructType summarySchema() {
        return new StructType()
                .add("file", DataTypes.StringType)
                .add("kind", DataTypes.StringType)
                .add("read", DataTypes.LongType)
                .add("accepted", DataTypes.LongType)
                .add("rejected", DataTypes.LongType)
                .add("errors", DataTypes.LongType)
                .add("warnings", DataTypes.LongType)
                .add("unreadable", DataTypes.BooleanType)
                .add("text", DataTypes.StringType);
    }
}
