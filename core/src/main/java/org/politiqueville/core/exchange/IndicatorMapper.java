package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Polarity;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.validation.ProblemCode;

/** Rows of indicator definitions; see {@link RecordMappers#indicators(CityContract, MappingOptions)}. */
final class IndicatorMapper extends AbstractRecordMapper<IndicatorDefinition> {

    IndicatorMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.INDICATORS, IndicatorDefinition.class, referential, options,
                List.of("code", "name", "unit", "source", "description", "aliases"),
                Map.of("code", "code", "label", "name", "aliases", "aliases", "unit", "unit", "source", "source",
                        "description", "description"));
    }

    @Override
    IndicatorDefinition read(RowReader row) {
        String name = row.required("name");
        Unit unit = row.parse("unit", Unit::parse);
        List<String> aliases = row.list("aliases");
        String code = row.text("code");
        if (code == null && name != null) {
            code = RowReader.slug(name).replace('-', '_').toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                row.error("name", ProblemCode.INVALID_FORMAT, row.raw("name"), "a name with a letter or a digit");
            }
        }
        if (name == null || row.hasErrors()) {
            return null;
        }
        String source = row.text("source");
        return new IndicatorDefinition(code, name, aliases, unit == null ? Unit.OTHER : unit, Polarity.NEUTRAL,
                source == null ? "" : source, row.text("description"));
    }

    @Override
    List<String> write(IndicatorDefinition definition, CellStyle style) {
        List<String> cells = new ArrayList<>();
        cells.add(definition.code());
        cells.add(definition.label());
        cells.add(definition.unit().symbol());
        cells.add(definition.source());
        cells.add(text(definition.description()));
        cells.add(join(definition.aliases()));
        return List.copyOf(cells);
    }
}
