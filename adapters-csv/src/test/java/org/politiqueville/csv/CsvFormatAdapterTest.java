package org.politiqueville.csv;

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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

class CsvFormatAdapterTest {

    private final CsvFormatAdapter adapter = new CsvFormatAdapter();
    private final List<Object> records = new ArrayList<>();

    @TempDir
    Path folder;

    private ImportReport read(ReadOptions options, String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return adapter.reader(options).read(in, resource.substring(resource.lastIndexOf('/') + 1), records::add);
        }
    }

    @Test
    void isFoundByTheRegistryForDelimitedTextWhateverTheExtension() throws IOException {
        FormatRegistry registry = FormatRegistry.load();
        Path unnamed = Files.writeString(folder.resolve("export"), "Nom du quartier;Code QPV;Commune(s)\n");

        assertThat(registry.byName("csv")).containsInstanceOf(CsvFormatAdapter.class);
        for (String name : List.of("a.csv", "a.TSV", "a.txt")) {
            assertThat(registry.forWriting(folder.resolve(name), null)).as(name).isInstanceOf(CsvFormatAdapter.class);
        }
        assertThat(registry.forReading(unnamed, null)).isInstanceOf(CsvFormatAdapter.class);
    }

    @Test
    void readsTheLegacyExcelExportInferringItsKindAndDialect() throws IOException {
        ImportReport report = read(ReadOptions.of(NantesMetropole.contract()).withLocale(Locale.FRENCH),
                "/fixtures/quartiers-excel-fr.csv");

        assertThat(report.kind()).isEqualTo(RecordKind.QUARTERS);
        assertThat(report.read()).isEqualTo(11);
        assertThat(report.accepted()).isEqualTo(8);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.dialect()).containsEntry("encoding", "windows-1252").containsEntry("delimiter", ";");
        assertThat(records).hasSize(8).allSatisfy(record -> assertThat(record).isInstanceOf(Quarter.class));
    }

    @Test
    void aMissingRequiredColumnIsUnreadableAtTheHeaderLine() {
        byte[] bytes = "Territoire;Année\nMalakoff;2021\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> adapter.reader(ReadOptions.of(NantesMetropole.contract()).withKind(RecordKind.OBSERVATIONS))
                .read(new ByteArrayInputStream(bytes), "q.csv", records::add))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.MISSING_COLUMN);
                    assertThat(e.problem().location().source()).isEqualTo("q.csv");
                    assertThat(e.problem().location().line()).isEqualTo(1);
                });
    }

    @Test
    void doesNotClaimJsonThatHappensToNameAColumn() {
        assertThat(adapter.sniff("[{\"id\": \"malakoff\", \"label\": \"Malakoff\"}]".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(adapter.sniff("Nom du quartier;Code QPV;Commune(s)\r\n".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("Documents,Catégories,Année\nBilan,Pilotage : x,2019\n"
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        adapter.reader(ReadOptions.of(NantesMetropole.contract())).read(in, "d.csv", records::add);

        assertThat(closed[0]).isFalse();
        assertThat(records).hasSize(1);
    }

    @Test
    void writesTheExcelPresetWhenAsked() throws IOException {
        read(ReadOptions.of(NantesMetropole.contract()), "/fixtures/quartiers-excel-fr.csv");
        Path target = folder.resolve("quartiers.csv");
        try (RecordSink sink = adapter.writer(WriteOptions.DEFAULT.with("dialect", "excel-fr"))
                .open(target, RecordKind.QUARTERS)) {
            for (Object record : records) {
                sink.accept(record);
            }
            sink.commit();
        }

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(";").contains("\r\n").contains("Dervallières");
        assertThat(folder.resolve(CsvExporter.DESCRIPTOR)).doesNotExist();
    }

    @Test
    void refusesWholeContracts() {
        FormatAdapter csv = adapter;

        assertThat(csv.readableKinds()).doesNotContain(RecordKind.CONTRACT);
        assertThatThrownBy(() -> csv.writer(WriteOptions.DEFAULT).open(folder.resolve("c.csv"), RecordKind.CONTRACT))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> csv.reader(ReadOptions.of(NantesMetropole.contract()).withKind(RecordKind.CONTRACT)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isProvidedByTheModule() throws IOException, URISyntaxException {
        Path classes = Path.of(CsvDialect.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(FormatAdapter.class.getName());
            assertThat(provides.providers()).containsExactly(CsvFormatAdapter.class.getName());
        });
    }
}
