package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.Problem;

class ImportReportProperties {

    @Property
    void countsAlwaysAddUp(@ForAll("reports") ImportReport report) {
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        assertThat(report.errors()).isGreaterThanOrEqualTo(report.rejected());
        assertThat(report.errors() + report.warnings()).isEqualTo(report.problems().problems().size());
    }

    @Property(tries = 300)
    void writesJsonThatParsesBackToTheReport(@ForAll("reports") ImportReport report) throws IOException {
        StringBuilder json = new StringBuilder();
        report.writeJson(json, Locale.ENGLISH);

        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(json.toString());
        assertThat(parsed.get("read")).isEqualTo(report.read());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) parsed.get("problems");
        assertThat(problems).hasSize(report.problems().problems().size());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = report.problems().problems().get(i);
            assertThat(problems.get(i).get("value")).isEqualTo(problem.value());
            assertThat(problems.get(i).get("path")).isEqualTo(problem.path());
            assertThat(problems.get(i).get("details")).isEqualTo(problem.details());
            assertThat(problems.get(i).get("message")).isEqualTo(problem.message(Locale.ENGLISH));
        }
    }

    @Property(tries = 300)
    void writesCsvWithOneWellFormedRowPerProblem(@ForAll("reports") ImportReport report) throws IOException {
        StringBuilder csv = new StringBuilder();
        report.writeCsv(csv, Locale.FRENCH);

        List<List<String>> rows = MiniCsv.parse(csv.toString());
        assertThat(rows).hasSize(report.problems().problems().size() + 1).allSatisfy(row -> assertThat(row).hasSize(10));
        for (int i = 1; i < rows.size(); i++) {
            Problem problem = report.problems().problems().get(i - 1);
            String value = problem.value() == null ? "" : problem.value();
            assertThat(rows.get(i).get(8)).isIn(value, "'" + value);
        }
    }

    @Provide
    Arbitrary<ImportReport> reports() {
        return ExchangeArbitraries.importReports();
    }
}
