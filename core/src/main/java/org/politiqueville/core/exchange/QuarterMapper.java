package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.QuarterStatus;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/** Rows of quarters; see {@link RecordMappers#quarters(CityContract, MappingOptions)}. */
final class QuarterMapper extends AbstractRecordMapper<Quarter> {

    private static final String STATUS_WORDS = "QPV, prioritaire, veille, veille active";

    QuarterMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.QUARTERS, Quarter.class, referential, options,
                List.of("id", "label", "qpvCode", "communeCodes", "status", "population", "populationYear", "aliases"),
                Map.of("id", "id", "label", "label", "aliases", "aliases", "status", "status", "codes", "qpvCode",
                        "population", "population"));
    }

    @Override
    Quarter read(RowReader row) {
        String label = row.required("label");
        List<QpvCode> codes = row.parseList("qpvCode", QpvCode::parse);
        List<InseeCode> communes = row.text("communeCodes") != null
                ? row.parseList("communeCodes", InseeCode::parse)
                : row.parseList("communes", this::commune);
        QuarterStatus status = row.parse("status", QuarterMapper::status);
        Long count = row.parse("population", FrenchValues::parseInteger);
        Integer year = row.year("populationYear");
        if (count != null && year == null && row.text("populationYear") == null) {
            row.error(row.raw("populationYear") == null ? "population" : "populationYear", "population.year",
                    ProblemCode.REQUIRED, null);
        }
        List<String> aliases = row.list("aliases");
        if (label == null || row.hasErrors()) {
            return null;
        }
        String id = row.text("id");
        if (id == null) {
            id = referentialId(codes, label);
        }
        if (id.isEmpty()) {
            row.error("label", ProblemCode.INVALID_FORMAT, row.raw("label"), "a name with a letter or a digit");
            return null;
        }
        return Quarter.builder(id, label).status(status == null ? QuarterStatus.PRIORITY : status).codes(codes)
                .communes(communes).aliases(aliases).population(count == null ? null : new Population(count, year))
                .build();
    }

    private InseeCode commune(String item) {
        return InseeCode.isValid(item) ? InseeCode.parse(item) : referential.resolver().resolveCommune(item);
    }

    private static QuarterStatus status(String text) {
        if (FrenchValues.isPriorityWord(text)) {
            return QuarterStatus.PRIORITY;
        }
        if (FrenchValues.isWatchWord(text)) {
            return QuarterStatus.WATCH;
        }
        throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, STATUS_WORDS);
    }

    /** The id of the referential's quarter with one of these codes or this name, else the label's slug. */
    private String referentialId(List<QpvCode> codes, String label) {
        for (QpvCode code : codes) {
            Resolution byCode = referential.resolver().resolve(code.value(), TerritoryKind.QUARTER);
            if (byCode instanceof Resolution.Found found) {
                return found.ref().id();
            }
        }
        if (referential.resolver().resolve(label, TerritoryKind.QUARTER) instanceof Resolution.Found found) {
            return found.ref().id();
        }
        return RowReader.slug(label);
    }

    @Override
    String columnOf(String path, ColumnMapping mapping) {
        if (path.startsWith("population.year")) {
            return "populationYear";
        }
        if (path.startsWith("communes")) {
            return mapping.has("communeCodes") ? "communeCodes" : "communes";
        }
        return super.columnOf(path, mapping);
    }

    @Override
    List<String> write(Quarter quarter, CellStyle style) {
        List<String> cells = new ArrayList<>();
        cells.add(quarter.id());
        cells.add(quarter.label());
        cells.add(join(quarter.codes()));
        cells.add(join(quarter.communes()));
        cells.add(quarter.status() == QuarterStatus.PRIORITY ? "prioritaire" : "veille");
        cells.add(quarter.population() == null ? "" : Long.toString(quarter.population().count()));
        cells.add(quarter.population() == null ? "" : Integer.toString(quarter.population().year()));
        cells.add(join(quarter.aliases()));
        return List.copyOf(cells);
    }
}
