package org.politiqueville.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.politiqueville.benchmarks.Fixtures;
import org.politiqueville.benchmarks.JsonBenchmark;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.json.PolitiqueVilleJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown tables of {@code BENCHMARKS.md}: rows and megabytes
 * per second, the ratio to the raw baseline of the same run, and the allocation per row measured
 * by {@code -prof gc}.
 */
public final class Report {

    private static final Map<String, String> IMPORT_NAMES = names(
            "jacksonCsvRaw", "raw Jackson CSV parse (String[] per row)",
            "fastCsvRaw", "raw FastCSV parse (CsvRecord per row)",
            "fastCsvTyped", "FastCSV + typed conversion",
            "fastCsvHandChecks", "FastCSV + typed conversion + hand-written checks",
            "jacksonCsvHibernateValidator", "obvious pipeline: Jackson CSV + typed conversion + Hibernate Validator",
            "politiquevilleImport", "**politiqueville CsvImporter, everything on** (detection, mapping, resolution, validation, report)",
            "politiquevilleImportGivenDialect", "politiqueville CsvImporter, dialect given");
    private static final Map<String, String> EXPORT_NAMES = names(
            "fastCsvWrite", "raw FastCSV write of the same strings",
            "politiquevilleRowsToStream", "politiqueville row mapping + CsvTableWriter to a file stream (no fsync)",
            "politiquevilleExport", "**politiqueville CsvExporter** (row mapping, charset check, formula guard, atomic file + fsync)");
    private static final Map<String, String> CONTRACT_NAMES = names(
            "validateContract", "**PolitiqueVilleValidator.validate(contract)** (Bean Validation + rules)",
            "validateContractRulesOnly", "domain rules only (no Bean Validation)",
            "rawKeyMap", "raw baseline: every observation's key into a HashMap (no rule)");
    private static final Map<String, String> JSON_NAMES = names(
            "jacksonRead", "raw Jackson databind read of plain records",
            "jacksonWrite", "raw Jackson databind write of plain records",
            "politiquevilleRead", "**politiqueville JSON read, validating**",
            "politiquevilleWrite", "**politiqueville JSON write**");

    private Report() {
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH JSON result file, then the Markdown file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        List<Result> all = new ArrayList<>();
        for (JsonNode node : results) {
            all.add(Result.of(node));
        }
        StringBuilder md = new StringBuilder();
        importTables(all, md);
        exportTables(all, md);
        jsonTables(all, md);
        contractTable(all, md);
        Files.writeString(Path.of(args[1]), md);
        System.out.print(md);
    }

    private static void importTables(List<Result> all, StringBuilder md) throws IOException {
        for (Dialect dialect : Dialect.values()) {
            List<Result> group = all.stream().filter(r -> r.className.equals("CsvImportBenchmark")
                    && dialect.name().equals(r.params.get("dialect"))).toList();
            if (group.isEmpty()) {
                continue;
            }
            long rows = Long.parseLong(group.get(0).params.get("rows"));
            long bytes = Files.size(Fixtures.file(Generator.Kind.OBSERVATIONS, dialect, rows));
            Result baseline = best(group, "jacksonCsvRaw", "fastCsvRaw");
            md.append(String.format(Locale.ROOT, "%n### CSV import, %s, %,d observation rows (%.1f MB)%n%n", dialect,
                    rows, bytes / 1e6));
            table(md, group, IMPORT_NAMES, rows, bytes, baseline);
        }
    }

    private static void exportTables(List<Result> all, StringBuilder md) throws IOException {
        for (String preset : List.of("OPEN_DATA", "EXCEL_FR")) {
            List<Result> group = all.stream().filter(r -> r.className.equals("CsvExportBenchmark")
                    && preset.equals(r.params.get("preset"))).toList();
            if (group.isEmpty()) {
                continue;
            }
            long rows = Long.parseLong(group.get(0).params.get("rows"));
            Path written = Fixtures.directory("export").resolve("observations-" + preset + ".csv");
            long bytes = Files.exists(written) ? Files.size(written) : 0;
            md.append(String.format(Locale.ROOT, "%n### CSV export, preset %s, %,d observations (%.1f MB written)%n%n",
                    preset, rows, bytes / 1e6));
            table(md, group, EXPORT_NAMES, rows, bytes, best(group, "fastCsvWrite"));
        }
    }

    private static void jsonTables(List<Result> all, StringBuilder md) throws IOException {
        List<Result> group = all.stream().filter(r -> r.className.equals("JsonBenchmark")).toList();
        if (group.isEmpty()) {
            return;
        }
        long rows = Long.parseLong(group.get(0).params.get("rows"));
        long bytes = JsonBenchmark.document(PolitiqueVilleJson.compact(), JsonBenchmark.observations((int) rows)).length;
        md.append(String.format(Locale.ROOT, "%n### JSON array of %,d observations (%.1f MB), in memory%n%n", rows,
                bytes / 1e6));
        List<Result> reads = group.stream().filter(r -> r.method.endsWith("Read")).toList();
        List<Result> writes = group.stream().filter(r -> r.method.endsWith("Write")).toList();
        table(md, reads, JSON_NAMES, rows, bytes, best(reads, "jacksonRead"));
        md.append('\n');
        table(md, writes, JSON_NAMES, rows, bytes, best(writes, "jacksonWrite"));
    }

    private static void contractTable(List<Result> all, StringBuilder md) {
        List<Result> group = all.stream().filter(r -> r.className.equals("ContractValidationBenchmark")).toList();
        if (group.isEmpty()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "%n### Whole-contract validation (1,584 quarters, 376 communes, 24 indicators)%n%n"));
        md.append("| what | observations | ms per contract | µs per observation | × the 10k cost per observation"
                + " | × the raw key map of the same size | alloc B per observation |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String method : CONTRACT_NAMES.keySet()) {
            double base = 0;
            for (Result r : group.stream().filter(r -> r.method.equals(method))
                    .sorted((a, b) -> Long.compare(Long.parseLong(a.params.get("observations")),
                            Long.parseLong(b.params.get("observations")))).toList()) {
                long n = Long.parseLong(r.params.get("observations"));
                double perObservation = 1e6 / r.score / n;
                if (base == 0) {
                    base = perObservation;
                }
                Result raw = group.stream().filter(g -> g.method.equals("rawKeyMap")
                        && g.params.get("observations").equals(r.params.get("observations"))).findFirst().orElse(null);
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.3f | %.2f | %s | %s |%n",
                        CONTRACT_NAMES.get(method), n, 1e3 / r.score, perObservation, perObservation / base,
                        raw == null ? "–" : String.format(Locale.ROOT, "%.2f", raw.score / r.score), alloc(r, n)));
            }
        }
    }

    private static Result best(List<Result> group, String... methods) {
        Result best = null;
        for (Result r : group) {
            for (String method : methods) {
                if (r.method.equals(method) && (best == null || r.score > best.score)) {
                    best = r;
                }
            }
        }
        return best;
    }

    private static void table(StringBuilder md, List<Result> group, Map<String, String> names, long rows, long bytes,
                              Result baseline) {
        md.append("| pipeline | files/s (± 99.9%) | rows/s | MB/s | ratio to fastest raw | alloc B/row |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (String method : names.keySet()) {
            for (Result r : group) {
                if (!r.method.equals(method)) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %.2f ± %.2f | %,.0f | %s | %s | %s |%n", names.get(method),
                        r.score, r.error, r.score * rows, bytes == 0 ? "–" : String.format(Locale.ROOT, "%.1f",
                                r.score * bytes / 1e6),
                        baseline == null ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * r.score / baseline.score),
                        alloc(r, rows)));
            }
        }
    }

    private static String alloc(Result r, long rows) {
        return Double.isNaN(r.allocPerOp) ? "–" : String.format(Locale.ROOT, "%,.0f", r.allocPerOp / rows);
    }

    /** One benchmark's outcome. */
    private record Result(String className, String method, Map<String, String> params, double score, double error,
                          double allocPerOp) {

        static Result of(JsonNode node) {
            String benchmark = node.get("benchmark").asString();
            String[] parts = benchmark.split("\\.");
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = node.get("params");
            if (p != null) {
                for (Map.Entry<String, JsonNode> entry : p.properties()) {
                    params.put(entry.getKey(), entry.getValue().asString());
                }
            }
            JsonNode primary = node.get("primaryMetric");
            JsonNode gc = node.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode errorNode = primary.get("scoreError");
            double error = errorNode.isNumber() ? errorNode.asDouble() : 0;
            return new Result(parts[parts.length - 2], parts[parts.length - 1], params,
                    primary.get("score").asDouble(), error,
                    gc.isMissingNode() ? Double.NaN : gc.get("score").asDouble());
        }
    }
}
