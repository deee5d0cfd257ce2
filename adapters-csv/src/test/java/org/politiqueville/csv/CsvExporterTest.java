package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.TerritoryRef;

class CsvExporterTest {

    @TempDir
    Path directory;

    private static final Observation MEDIAN = Observation.builder("DISP_MED", TerritoryRef.quarter("malakoff"),
            Period.ofYear(2021)).value(new BigDecimal("12940.5")).build();

    @Test
    void writesExcelFrenchWithDecimalCommaFrenchDatesAndProtection() throws IOException {
        Path file = directory.resolve("engagements.csv");
        Engagement engagement = Engagement.builder("e1", "=Rénover l’école", Pillar.SOCIAL_COHESION)
                .status(EngagementStatus.IN_PROGRESS).progress(40).startDate(ReducedDate.of(java.time.LocalDate.of(2019, 3, 14)))
                .dueDate(ReducedDate.ofMonth(2021, 6)).weight(new BigDecimal("0.5"))
                .signatories(List.of("Ville de Nantes", "État")).build();

        CsvExporter.builder().dialect(CsvDialect.EXCEL_FR).descriptor(false).build()
                .write(file, RecordKind.ENGAGEMENTS, List.of(engagement));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "id;title;description;parent;pillar;status;progress;weight;signatories;territories;startDate;endDate\r\n"
                        + "e1;'=Rénover l’école;;;Cohésion sociale;IN_PROGRESS;40;0,5;Ville de Nantes, État;;14/03/2019;"
                        + "2021-06\r\n");
        assertThat(filesIn(directory)).containsExactly("engagements.csv");
    }

    @Test
    void writesOpenDataAndItsDataPackage() throws IOException {
        Path file = directory.resolve("observations.csv");

        long rows = CsvExporter.builder().build().write(file, RecordKind.OBSERVATIONS, List.of(MEDIAN));

        assertThat(rows).isOne();
        assertThat(Files.readString(file)).isEqualTo("territory,territoryCode,indicator,period,value,unit,status,source\n"
                + "Malakoff,quarter:malakoff,DISP_MED,2021,12940.5,,A,\n");
        String json = Files.readString(directory.resolve(CsvExporter.DESCRIPTOR));
        assertThat(json).contains("\"profile\": \"tabular-data-package\"", "\"path\": \"observations.csv\"",
                "\"encoding\": \"utf-8\"", "\"delimiter\": \",\"", "\"lineTerminator\": \"\\n\"",
                "{\"name\": \"value\", \"type\": \"number\"", "\"decimalChar\": \".\"",
                "\"missingValues\": [\"\", \"s\", \"nd\", \"ns\", \"so\"]",
                "\"enum\": [\"A\", \"E\", \"P\", \"O\", \"N\", \"M\"]");
        assertThat(MiniJsonCheck.isBalanced(json)).isTrue();
    }

    @Test
    void writesSeveralKindsWithOneDescriptor() throws IOException {
        Map<RecordKind, List<?>> tables = new LinkedHashMap<>();
        tables.put(RecordKind.QUARTERS, NantesMetropole.quarters());
        tables.put(RecordKind.DOCUMENTS, List.of(Document.builder("Bilan", Period.ofYear(2019))
                .category(Category.quarter("Malakoff")).build()));

        Map<RecordKind, Long> counts = CsvExporter.builder().dialect(CsvDialect.EXCEL_FR).build()
                .writeAll(directory, "nantes-metropole", tables);

        assertThat(counts).containsEntry(RecordKind.QUARTERS, (long) NantesMetropole.quarters().size())
                .containsEntry(RecordKind.DOCUMENTS, 1L);
        assertThat(filesIn(directory)).containsExactlyInAnyOrder("quarters.csv", "documents.csv", "datapackage.json");
        String json = Files.readString(directory.resolve("datapackage.json"));
        assertThat(json).contains("\"name\": \"nantes-metropole\"", "\"path\": \"quarters.csv\"",
                "\"path\": \"documents.csv\"", "\"delimiter\": \";\"", "\"lineTerminator\": \"\\r\\n\"",
                "{\"name\": \"population\", \"type\": \"integer\", \"description\": \"Number of inhabitants\", "
                        + "\"constraints\": {\"minimum\": 0}}");
        CsvImporter.Result<Object> back = CsvImporter.builder().build().readAll(directory.resolve("quarters.csv"),
                Object.class);
        assertThat(back.entities()).isEqualTo(NantesMetropole.quarters());
    }

    @Test
    void refusesEntitiesOfAnotherKindAndLeavesNoFile() {
        Path file = directory.resolve("x.csv");

        assertThatThrownBy(() -> CsvExporter.builder().build().write(file, RecordKind.QUARTERS, List.of(MEDIAN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Braces and brackets outside strings balance: a cheap check that the hand-written JSON is well nested. */
    private static final class MiniJsonCheck {

        static boolean isBalanced(String json) {
            int depth = 0;
            boolean inString = false;
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                    if (depth < 0) {
                        return false;
                    }
                }
            }
            return depth == 0 && !inString;
        }
    }
}
