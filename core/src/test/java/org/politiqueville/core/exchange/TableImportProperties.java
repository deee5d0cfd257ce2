package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

class TableImportProperties {

    private static final RecordMapperCache MAPPERS = new RecordMapperCache(NantesMetropole.contract(),
            MappingOptions.defaults());
    private static final List<String> COMMUNES = List.of("Code INSEE", "Commune");
    private static final List<String> QUARTERS = List.of("lib_qp", "code_qp", "Commune(s)");
    /** Rows the adapter rejects itself (a field-count mismatch, say) are marked by this first cell. */
    private static final String ADAPTER_REJECTS = "\u0000";

    @Property(tries = 300)
    void everyRowIsReadOnceAndEveryAcceptedEntityReachesTheConsumer(@ForAll("communeRows") List<List<String>> rows) {
        List<Object> received = new ArrayList<>();
        TableImport<Object> table = TableImport.builder(MAPPERS, COMMUNES, "t.csv").open(Object.class, received::add);
        long expectedAccepted = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (isAdapterRejection(cells)) {
                table.rejectRow(List.of(adapterProblem(i + 2)));
            } else {
                table.row(cells, i + 2);
                expectedAccepted += MAPPERS.forKind(RecordKind.COMMUNES).map(table.mapping(), cells, i + 2, "t.csv")
                        .isAccepted() ? 1 : 0;
            }
        }
        ImportReport report = table.finish();

        assertThat(report.read()).isEqualTo(rows.size()).isEqualTo(report.accepted() + report.rejected());
        assertThat(report.accepted()).isEqualTo(expectedAccepted).isEqualTo(received.size());
        assertThat(report.errors()).isGreaterThanOrEqualTo(report.rejected());
    }

    @Property(tries = 300)
    void mergedQuartersCountOnceEachAndArriveAtTheEnd(@ForAll("quarterRows") List<List<String>> rows) {
        List<Quarter> received = new ArrayList<>();
        TableImport<Quarter> table = TableImport.builder(MAPPERS, QUARTERS, "q.csv").open(Quarter.class, received::add);
        Set<Object> codes = new HashSet<>();
        long codeless = 0;
        long rejected = 0;
        for (int i = 0; i < rows.size(); i++) {
            table.row(rows.get(i), i + 2);
            MappedRow<?> alone = MAPPERS.forKind(RecordKind.QUARTERS).map(table.mapping(), rows.get(i), i + 2, "q.csv");
            if (!alone.isAccepted()) {
                rejected++;
            } else if (((Quarter) alone.entity()).codes().isEmpty()) {
                codeless++;
            } else {
                codes.add(((Quarter) alone.entity()).codes().get(0));
            }
        }
        assertThat(received).isEmpty();
        ImportReport report = table.finish();

        assertThat(report.rejected()).isEqualTo(rejected);
        assertThat(report.accepted()).isEqualTo(codes.size() + codeless).isEqualTo(received.size());
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
    }

    @Provide
    Arbitrary<List<List<String>>> communeRows() {
        Arbitrary<String> cells = Arbitraries.oneOf(Arbitraries.of("44109", "44162", "44190", "4410", "Nantes", "Rezé",
                "", " ", ADAPTER_REJECTS), Arbitraries.strings().ofMaxLength(8));
        return cells.list().ofMaxSize(3).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<List<String>>> quarterRows() {
        Arbitrary<String> labels = Arbitraries.of("Bellevue", "Malakoff", "");
        Arbitrary<String> codes = Arbitraries.of("QN04405M", "QN04406M", "QN0449I", "");
        Arbitrary<String> communes = Arbitraries.of("44109", "44162", "Nantes | Atlantis", "");
        return Combinators.combine(labels, codes, communes).as(List::of).list().ofMaxSize(20);
    }

    private static boolean isAdapterRejection(List<String> cells) {
        return !cells.isEmpty() && cells.get(0).equals(ADAPTER_REJECTS);
    }

    private static Problem adapterProblem(long line) {
        return new Problem(Severity.ERROR, ProblemCode.MALFORMED_INPUT, "", null, List.of("2 fields, not 3"),
                Location.ofLine("t.csv", line));
    }
}
