package org.politiqueville.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;

/**
 * The contract every {@link FormatAdapter} keeps, as one shared test suite: each adapter module has
 * a {@code XxxFormatAdapterContractTest extends FormatAdapterContract} that gives its adapter and a
 * few sample inputs, and inherits these tests.
 *
 * <p>Checked: the name and extensions are lower case; {@link FormatAdapter#sniff(byte[])} never
 * throws; reading a sample counts every record once ({@code read = accepted + rejected}) and hands
 * over as many accepted records as counted, all of the sample's kind (for a whole city contract:
 * the one contract, built from the accepted elements the report counts); a bad input throws
 * {@link UnreadableInputException} or is reported, never anything else; a sink closed without
 * {@link RecordSink#commit()} leaves no file (not even a temporary one); a sink refuses records of
 * another kind; and when the format reads and writes a kind, what it writes reads back equal.
 */
public abstract class FormatAdapterContract {

    /**
     * A sample input for the contract's reading tests.
     *
     * @param name  the file name, with the extension the adapter claims, such as {@code quartiers.csv}
     * @param kind  the kind of its records
     * @param bytes its content
     */
    public record SampleInput(String name, RecordKind kind, byte[] bytes) {

        /**
         * Checks and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public SampleInput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            bytes = bytes.clone();
        }

        /**
         * A sample read from a class path resource.
         *
         * @param anchor   the class the resource name is relative to, not null
         * @param resource the resource name, such as {@code /fixtures/quartiers.csv}, not null
         * @param kind     the kind of its records, not null
         * @return the sample, named after the resource's last segment
         * @throws UncheckedIOException if the resource is missing or unreadable
         */
        public static SampleInput ofResource(Class<?> anchor, String resource, RecordKind kind) {
            try (InputStream in = anchor.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("no resource " + resource));
                }
                return new SampleInput(resource.substring(resource.lastIndexOf('/') + 1), kind, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A sample given as UTF-8 text.
         *
         * @param name the file name, not null
         * @param kind the kind of its records, not null
         * @param text the content, not null
         * @return the sample
         */
        public static SampleInput ofText(String name, RecordKind kind, String text) {
            return new SampleInput(name, kind, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SampleInput that && name.equals(that.name) && kind == that.kind
                    && java.util.Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, kind, java.util.Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return name + " (" + kind.id() + ", " + bytes.length + " bytes)";
        }
    }

    private static final Map<RecordKind, Class<?>> RECORD_CLASSES = Map.of(
            RecordKind.QUARTERS, Quarter.class,
            RecordKind.COMMUNES, Commune.class,
            RecordKind.BODIES, GovernanceBody.class,
            RecordKind.ENGAGEMENTS, Engagement.class,
            RecordKind.INDICATORS, IndicatorDefinition.class,
            RecordKind.OBSERVATIONS, Observation.class,
            RecordKind.DOCUMENTS, Document.class,
            RecordKind.CONTRACT, CityContract.class);

    /** A folder of its own for each test. */
    @TempDir
    protected Path folder;

    /**
     * The adapter under test.
     *
     * @return the adapter, not null
     */
    protected abstract FormatAdapter adapter();

    /**
     * Inputs the adapter reads, at least one; some may hold records that are rejected. Each must
     * read without {@link UnreadableInputException}.
     *
     * @return the samples, not empty
     */
    protected abstract List<SampleInput> sampleInputs();

    /**
     * Inputs that are not well-formed for the format; reading them must throw
     * {@link UnreadableInputException} or report rejections, never throw anything else. By default
     * an empty input, a few binary bytes and a line of text.
     *
     * @return the inputs, not null
     */
    protected List<byte[]> malformedInputs() {
        return List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, '{', '"', ','},
                "not a table, not a document\n\"unclosed".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The options to read a sample with; by default its kind, resolved against the bundled Nantes
     * Métropole sample, lenient, in English.
     *
     * @param kind the sample's kind, not null
     * @return the options, not null
     */
    protected ReadOptions readOptions(RecordKind kind) {
        return ReadOptions.of(NantesMetropole.contract()).withKind(kind);
    }

    /**
     * The options to write with; by default {@link WriteOptions#DEFAULT}.
     *
     * @return the options, not null
     */
    protected WriteOptions writeOptions() {
        return WriteOptions.DEFAULT;
    }

    /**
     * Whether the adapter's sinks write records to disk as they come, so that memory does not grow
     * with the output; by default false (records may be held until commit).
     *
     * @return true to check that a sink's temporary file grows before commit
     */
    protected boolean streamsOutput() {
        return false;
    }

    /**
     * What of a record must survive writing then reading back; by default the whole record. An
     * adapter whose format drops a component (an id derived again from a title, say) returns the
     * record without it.
     *
     * @param record a record read from a sample, not null
     * @return the part to compare, not null
     */
    protected Object roundTripView(Object record) {
        return record;
    }

    /**
     * The domain class of a kind's records, as readers hand them over and sinks take them.
     *
     * @param kind the kind, not null
     * @return the class, such as {@code Quarter} for {@link RecordKind#QUARTERS}
     */
    protected static Class<?> recordClass(RecordKind kind) {
        return RECORD_CLASSES.get(kind);
    }

    /**
     * A file name for output of a kind, with the adapter's first extension (in sorted order).
     *
     * @param kind the kind, not null
     * @return the name, such as {@code quarters.csv}
     */
    protected String outputName(RecordKind kind) {
        return kind.id() + "." + adapter().fileExtensions().stream().sorted().findFirst().orElse("out");
    }

    /** What reading a sample gave. */
    private record Read(ImportReport report, List<Object> records) {
    }

    private Read read(byte[] bytes, String name, RecordKind kind) throws IOException {
        List<Object> records = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            ImportReport report = adapter().reader(readOptions(kind)).read(in, name, records::add);
            return new Read(report, records);
        }
    }

    @Test
    void nameIsLowerCaseAndNotBlank() {
        String name = adapter().name();

        assertThat(name).isNotBlank().isEqualTo(name.toLowerCase(Locale.ROOT)).doesNotContainAnyWhitespaces();
    }

    @Test
    void extensionsAreLowerCaseWithoutDot() {
        assertThat(adapter().fileExtensions()).isNotEmpty().allSatisfy(extension -> assertThat(extension)
                .isNotBlank().isEqualTo(extension.toLowerCase(Locale.ROOT)).doesNotContain(".")
                .doesNotContainAnyWhitespaces());
        assertThat(adapter().mediaTypes()).isNotNull();
    }

    @Test
    void declaresWhatItReadsAndWrites() {
        assertThat(adapter().readableKinds()).isNotNull();
        assertThat(adapter().writableKinds()).isNotNull();
        assertThat(sampleInputs()).isNotEmpty()
                .allSatisfy(sample -> assertThat(adapter().readableKinds()).contains(sample.kind()));
    }

    @Test
    void sniffNeverThrowsOnEmptyOrRandomBytes() {
        Random random = new Random(20_150_101L);
        List<byte[]> heads = new ArrayList<>(List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[FormatAdapter.SNIFF_LENGTH]));
        for (int i = 0; i < 200; i++) {
            byte[] head = new byte[random.nextInt(FormatAdapter.SNIFF_LENGTH + 1)];
            random.nextBytes(head);
            heads.add(head);
        }
        for (SampleInput sample : sampleInputs()) {
            byte[] bytes = sample.bytes();
            heads.add(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, FormatAdapter.SNIFF_LENGTH)));
            heads.add(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 7)));
        }

        for (byte[] head : heads) {
            assertThat(catchThrowable(() -> adapter().sniff(head))).as("sniff of %d bytes", head.length).isNull();
        }
    }

    @Test
    void readingCountsEveryRecordOnceAndHandsOverAcceptedRecordsOfItsKind() throws IOException {
        for (SampleInput sample : sampleInputs()) {
            Read read = read(sample.bytes(), sample.name(), sample.kind());

            assertThat(read.report().kind()).as(sample.name()).isEqualTo(sample.kind());
            assertThat(read.report().read()).as(sample.name()).isPositive()
                    .isEqualTo(read.report().accepted() + read.report().rejected());
            // A whole contract is one record built from its accepted elements, which the report counts.
            int handedOver = sample.kind() == RecordKind.CONTRACT ? 1 : (int) read.report().accepted();
            assertThat(read.records()).as(sample.name()).hasSize(handedOver)
                    .allSatisfy(record -> assertThat(record).isInstanceOf(recordClass(sample.kind())));
            assertThat(read.report().errors()).as(sample.name()).isGreaterThanOrEqualTo(read.report().rejected());
        }
    }

    @Test
    void malformedInputIsUnreadableOrReportedNeverAnotherException() {
        List<RecordKind> kinds = Stream.concat(sampleInputs().stream().map(SampleInput::kind), Stream.of((RecordKind) null))
                .distinct().toList();
        for (byte[] bytes : malformedInputs()) {
            for (RecordKind kind : kinds) {
                Throwable thrown = catchThrowable(() -> {
                    Read read = read(bytes, "malformed", kind);
                    assertThat(read.report().read()).isEqualTo(read.report().accepted() + read.report().rejected());
                });
                if (thrown != null) {
                    assertThat(thrown).as("reading %d malformed bytes as %s", bytes.length, kind)
                            .isInstanceOf(UnreadableInputException.class);
                    assertThat(((UnreadableInputException) thrown).problem().location().source()).isEqualTo("malformed");
                }
            }
        }
    }

    @Test
    void sinkClosedWithoutCommitLeavesNoFile() throws IOException {
        for (RecordKind kind : adapter().writableKinds()) {
            Path target = folder.resolve(outputName(kind));
            try (RecordSink sink = adapter().writer(writeOptions()).open(target, kind)) {
                for (Object record : samplesOf(kind)) {
                    sink.accept(record);
                }
            }

            assertThat(target).as(kind.id()).doesNotExist();
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).as("files left after writing %s", kind.id()).isEmpty();
            }
        }
    }

    @Test
    void sinkRefusesRecordsOfAnotherKind() throws IOException {
        for (RecordKind kind : adapter().writableKinds()) {
            try (RecordSink sink = adapter().writer(writeOptions()).open(folder.resolve(outputName(kind)), kind)) {
                assertThatThrownBy(() -> sink.accept(new Object())).as(kind.id())
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void committedSinkWritesAFileThatReadsBackEqual() throws IOException {
        for (SampleInput sample : sampleInputs()) {
            if (!adapter().writableKinds().contains(sample.kind())) {
                continue;
            }
            List<Object> records = read(sample.bytes(), sample.name(), sample.kind()).records();
            Path target = folder.resolve(outputName(sample.kind()));
            try (RecordSink sink = adapter().writer(writeOptions()).open(target, sample.kind())) {
                for (Object record : records) {
                    sink.accept(record);
                }
                sink.commit();
            }

            Read again = read(Files.readAllBytes(target), target.getFileName().toString(), sample.kind());
            assertThat(again.report().rejected()).as(sample.name()).isZero();
            assertThat(again.records().stream().map(this::roundTripView).toList())
                    .as("%s written and read back", sample.name())
                    .containsExactlyElementsOf(records.stream().map(this::roundTripView).toList());
        }
    }

    /** Records of a kind from the samples, to write; empty if no sample has that kind. */
    private List<Object> samplesOf(RecordKind kind) throws IOException {
        List<Object> records = new ArrayList<>();
        for (SampleInput sample : sampleInputs()) {
            if (sample.kind() == kind) {
                records.addAll(read(sample.bytes(), sample.name(), kind).records());
            }
        }
        return records;
    }

    @Test
    void aStreamingSinkHasItsRecordsOnDiskBeforeCommit() throws IOException {
        Assumptions.assumeTrue(streamsOutput(), "the adapter may hold records until commit");
        for (RecordKind kind : adapter().writableKinds()) {
            List<Object> records = samplesOf(kind);
            if (records.isEmpty() || !kind.isTabular()) {
                // A whole contract is one record: there is nothing to stream.
                continue;
            }
            Path target = folder.resolve(outputName(kind));
            try (RecordSink sink = adapter().writer(writeOptions()).open(target, kind)) {
                long before = bytesIn(folder);
                // Enough records to get past any write buffer.
                for (int i = 0; i < 100_000 / records.size() + 1; i++) {
                    for (Object record : records) {
                        sink.accept(record);
                    }
                }
                assertThat(bytesIn(folder)).as("%s bytes on disk before commit", kind.id()).isGreaterThan(before + 100_000);
                assertThat(target).as(kind.id()).doesNotExist();
                sink.commit();
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as("files after committing %s", kind.id()).containsExactly(target);
            }
            Files.delete(target);
        }
    }

    private static long bytesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
