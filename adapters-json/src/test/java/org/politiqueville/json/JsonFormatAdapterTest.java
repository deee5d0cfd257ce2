package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.WriteOptions;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.ProblemCode;

class JsonFormatAdapterTest {

    private final JsonFormatAdapter adapter = new JsonFormatAdapter();
    private final List<Object> records = new ArrayList<>();

    @TempDir
    Path folder;

    private ImportReport read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return adapter.reader(ReadOptions.of(NantesMetropole.contract())).read(in, "input", records::add);
        }
    }

    private ImportReport read(String text, RecordKind kind) throws IOException {
        return adapter.reader(ReadOptions.of(NantesMetropole.contract()).withKind(kind))
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "input.json", records::add);
    }

    @Test
    void infersAWholeContract() throws IOException {
        ImportReport report = read(PolitiqueVilleJson.NANTES_SAMPLE);

        assertThat(report.kind()).isEqualTo(RecordKind.CONTRACT);
        assertThat(report.rejected()).isZero();
        assertThat(records).singleElement().isInstanceOfSatisfying(CityContract.class,
                contract -> assertThat(contract.quarters()).hasSize(15));
    }

    @Test
    void infersTheKindAndLayoutOfRecords() throws IOException {
        assertThat(read("/format/quarters.json").kind()).isEqualTo(RecordKind.QUARTERS);
        assertThat(read("/format/documents.jsonl").kind()).isEqualTo(RecordKind.DOCUMENTS);
        assertThat(read("/format/communes.jsonl").kind()).isEqualTo(RecordKind.COMMUNES);
        assertThat(read("/format/observations-with-rejects.json").kind()).isEqualTo(RecordKind.OBSERVATIONS);
        assertThat(records).hasAtLeastOneElementOfType(Quarter.class).hasAtLeastOneElementOfType(Document.class);
    }

    @Test
    void aKindThatCannotBeToldIsUnreadable() {
        assertThatThrownBy(() -> read("[{\"colour\": \"blue\"}]", null))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.KIND_NOT_INFERRED));
        assertThatThrownBy(() -> read("[]", null)).isInstanceOf(UnreadableInputException.class);
        assertThat(catchCount(() -> read("[]", RecordKind.QUARTERS))).isZero();
    }

    private static long catchCount(IOCall call) {
        try {
            return call.run().read();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface IOCall {
        ImportReport run() throws IOException;
    }

    @Test
    void malformedJsonIsUnreadableAtItsLineAndColumn() {
        assertThatThrownBy(() -> read("[\n{\"id\": \"malakoff\",\n \"label\": }\n]", null))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().location().source()).isEqualTo("input.json");
                    assertThat(e.problem().location().line()).isEqualTo(3);
                });
        assertThatThrownBy(() -> read("[{\"id\": \"malakoff\"", RecordKind.QUARTERS))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void writesAnArrayOrJsonLinesByExtension() throws IOException {
        read("/format/quarters.json");
        for (String name : List.of("quarters.json", "quarters.jsonl")) {
            Path target = folder.resolve(name);
            try (RecordSink sink = adapter.writer(new WriteOptions(true, java.util.Map.of())).open(target, RecordKind.QUARTERS)) {
                for (Object record : records) {
                    sink.accept(record);
                }
                sink.commit();
            }
        }

        assertThat(Files.readString(folder.resolve("quarters.json"))).startsWith("[\n  {");
        assertThat(Files.readAllLines(folder.resolve("quarters.jsonl"))).hasSize(15)
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    void writesOneContract() throws IOException {
        Path target = folder.resolve("contract.json");
        try (RecordSink sink = adapter.writer(WriteOptions.DEFAULT).open(target, RecordKind.CONTRACT)) {
            sink.accept(NantesMetropole.contract());
            assertThatThrownBy(() -> sink.accept(NantesMetropole.contract())).isInstanceOf(IllegalArgumentException.class);
            sink.commit();
        }

        assertThat(Files.readString(target)).startsWith("{").contains("\"agglomeration\"");
    }

    @Test
    void sniffsArraysAndObjectsOnly() {
        assertThat(adapter.sniff("\uFEFF [ {\"id\": 1} ]".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(adapter.sniff("{\"id\": 1}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(adapter.sniff("{\"a\":1}\n{\"a\":2}\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(adapter.sniff("[Documents]".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(adapter.sniff("id;label\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void isFoundByTheRegistryAndProvidedByTheModule() throws IOException, URISyntaxException {
        assertThat(FormatRegistry.load().byName("json")).containsInstanceOf(JsonFormatAdapter.class);
        assertThat(FormatRegistry.load().forWriting(folder.resolve("x.jsonl"), null)).isInstanceOf(JsonFormatAdapter.class);

        Path classes = Path.of(JsonFormatAdapter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(FormatAdapter.class.getName());
            assertThat(provides.providers()).containsExactly(JsonFormatAdapter.class.getName());
        });
    }
}
