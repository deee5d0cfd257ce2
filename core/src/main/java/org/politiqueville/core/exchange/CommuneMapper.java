package org.politiqueville.core.exchange;

import java.util.List;
import java.util.Map;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.validation.ProblemCode;

/** Rows of communes; see {@link RecordMappers#communes(CityContract, MappingOptions)}. */
final class CommuneMapper extends AbstractRecordMapper<Commune> {

    CommuneMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.COMMUNES, Commune.class, referential, options, List.of("code", "name"),
                Map.of("code", "code", "name", "name"));
    }

    @Override
    Commune read(RowReader row) {
        InseeCode code = row.parse("code", InseeCode::parse);
        String name = row.required("name");
        if (code == null && !row.hasErrors()) {
            row.error("code", ProblemCode.REQUIRED, row.raw("code"));
        }
        return code == null || name == null ? null : new Commune(code, name);
    }

    @Override
    List<String> write(Commune commune, CellStyle style) {
        return List.of(commune.code().value(), commune.name());
    }
}
