package org.politiqueville.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class FormatRegistryTest {

    /** A format that claims a name, extensions and a leading byte, and reads or writes nothing. */
    private record FakeFormat(String name, Set<String> fileExtensions, char firstByte) implements FormatAdapter {
        @Override
        public Set<String> mediaTypes() {
            return Set.of();
        }

        @Override
        public boolean sniff(byte[] head) {
            return head.length > 0 && head[0] == firstByte;
        }

        @Override
        public Set<RecordKind> readableKinds() {
            return Set.of();
        }

        @Override
        public Set<RecordKind> writableKinds() {
            return Set.of();
        }

        @Override
        public RecordReader reader(ReadOptions options) {
            throw new UnsupportedOperationException("reads nothing");
        }

        @Override
        public RecordWriter writer(WriteOptions options) {
            throw new UnsupportedOperationException("writes nothing");
        }
    }

    private static final FakeFormat CSV = new FakeFormat("csv", Set.of("csv", "tsv", "txt"), 'N');
    private static final FakeFormat JSON = new FakeFormat("json", Set.of("json", "jsonl"), '{');
    private final FormatRegistry registry = FormatRegistry.of(List.of(CSV, JSON));

    @TempDir
    Path folder;

    @Test
    void picksTheExplicitNameFirstThenTheExtensionThenTheContent() throws IOException {
        Path jsonInsideTxt = Files.writeString(folder.resolve("data.txt"), "{\"a\":1}");
        Path noExtension = Files.writeString(folder.resolve("data"), "{\"a\":1}");

        assertThat(registry.forReading(jsonInsideTxt, "JSON")).isSameAs(JSON);
        assertThat(registry.forReading(jsonInsideTxt, null)).isSameAs(CSV);
        assertThat(registry.forReading(noExtension, null)).isSameAs(JSON);
        assertThat(registry.forWriting(folder.resolve("out.JSONL"), null)).isSameAs(JSON);
    }

    @Test
    void saysClearlyWhenNoFormatFits() throws IOException {
        Path unknown = Files.write(folder.resolve("data.bin"), "\u0000\u0001".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> registry.forReading(unknown, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage(Locale.FRENCH)).contains("data.bin", "csv (.csv, .tsv, .txt)", "json");
                });
        assertThatThrownBy(() -> registry.forWriting(folder.resolve("out.xml"), null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> registry.forWriting(folder.resolve("out.csv"), "parquet"))
                .hasMessageContaining("parquet");
    }

    @Test
    void refusesTwoAdaptersClaimingOneName() {
        FakeFormat otherCsv = new FakeFormat("CSV", Set.of("csv"), 'x');

        assertThatThrownBy(() -> FormatRegistry.of(List.of(CSV, otherCsv)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.DUPLICATE_FORMAT));
    }

    @Test
    void discoversNothingInCoreAlone() {
        assertThat(FormatRegistry.load().adapters()).isEmpty();
    }
}
