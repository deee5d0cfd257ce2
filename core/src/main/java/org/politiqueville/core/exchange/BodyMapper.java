package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.CouncilComposition;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.LegalIdentifiers;
import org.politiqueville.core.governance.MemberCount;
import org.politiqueville.core.governance.ResidentSelection;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/** Rows of governance bodies; see {@link RecordMappers#bodies(CityContract, MappingOptions)}. */
final class BodyMapper extends AbstractRecordMapper<GovernanceBody> {

    private static final String KIND_WORDS = "conseil citoyen, collectif, comité de pilotage, bailleur, institution, "
            + "association, groupe de travail, autre";
    private static final String MIXED = "mixte";
    private static final Map<String, BodyKind> KIND_BY_WORD = Map.ofEntries(
            Map.entry("conseilcitoyen", BodyKind.CITIZENS_COUNCIL), Map.entry("conseilscitoyens", BodyKind.CITIZENS_COUNCIL),
            Map.entry("collectif", BodyKind.ASSOCIATIONS_COLLECTIVE),
            Map.entry("collectifdassociations", BodyKind.ASSOCIATIONS_COLLECTIVE),
            Map.entry("comitedepilotage", BodyKind.STEERING_COMMITTEE), Map.entry("copil", BodyKind.STEERING_COMMITTEE),
            Map.entry("bailleur", BodyKind.SOCIAL_LANDLORD), Map.entry("bailleursocial", BodyKind.SOCIAL_LANDLORD),
            Map.entry("institution", BodyKind.INSTITUTION), Map.entry("association", BodyKind.ASSOCIATION),
            Map.entry("groupedetravail", BodyKind.THEMATIC_WORKING_GROUP),
            Map.entry("groupedetravailthematique", BodyKind.THEMATIC_WORKING_GROUP),
            Map.entry("autre", BodyKind.OTHER));

    BodyMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.BODIES, GovernanceBody.class, referential, options,
                List.of("id", "name", "type", "territories", "startDate", "endDate", "members", "residents",
                        "residentWomen", "residentMen", "drawnByLot", "localActors", "siren", "rna"),
                Map.of("id", "id", "name", "name", "kind", "type", "territories", "territories",
                        "installation", "startDate", "end", "endDate", "members", "members",
                        "legalIdentifiers", "siren", "composition", "residents"));
    }

    @Override
    GovernanceBody read(RowReader row) {
        String name = row.required("name");
        BodyKind kind = row.parse("type", BodyMapper::kind);
        List<TerritoryRef> territories = territories(row, "territories");
        ReducedDate installation = row.date("startDate");
        ReducedDate end = row.date("endDate");
        String members = row.text("members");
        Siren siren = row.parse("siren", Siren::parse);
        RnaNumber rna = row.parse("rna", RnaNumber::parse);
        CouncilComposition composition = composition(row);
        String id = row.text("id");
        if (id == null && name != null) {
            id = RowReader.slug(name);
            if (id.isEmpty()) {
                row.error("name", ProblemCode.INVALID_FORMAT, row.raw("name"), "a name with a letter or a digit");
            }
        }
        if (name == null || row.hasErrors()) {
            return null;
        }
        return GovernanceBody.builder(id, name, kind == null ? BodyKind.OTHER : kind)
                .legalIdentifiers(new LegalIdentifiers(siren, null, rna)).territories(territories)
                .installation(installation).end(end)
                // A count of members is not a list of member organisations: only names are kept.
                .members(members == null || FrenchValues.isDecimal(members) ? List.of() : row.list("members"))
                .composition(composition).build();
    }

    private static BodyKind kind(String text) {
        String key = NameKey.compact(text).value();
        for (BodyKind kind : BodyKind.values()) {
            if (NameKey.compact(kind.name()).value().equals(key)) {
                return kind;
            }
        }
        BodyKind kind = KIND_BY_WORD.get(key);
        if (kind == null) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, KIND_WORDS);
        }
        return kind;
    }

    private static CouncilComposition composition(RowReader row) {
        Long residents = row.parse("residents", FrenchValues::parseInteger);
        Long women = row.parse("residentWomen", FrenchValues::parseInteger);
        Long men = row.parse("residentMen", FrenchValues::parseInteger);
        Long actors = row.parse("localActors", FrenchValues::parseInteger);
        ResidentSelection selection = row.parse("drawnByLot", BodyMapper::selection);
        if (residents == null && women == null && men == null && actors == null && selection == null) {
            return null;
        }
        long knownWomen = women == null ? 0 : women;
        long knownMen = men == null ? 0 : men;
        long total = residents == null ? knownWomen + knownMen : residents;
        return new CouncilComposition(
                new MemberCount(toInt(knownWomen), toInt(knownMen), toInt(total - knownWomen - knownMen)),
                new MemberCount(0, 0, toInt(actors == null ? 0 : actors)), selection);
    }

    private static int toInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static ResidentSelection selection(String text) {
        if (NameKey.compact(text).value().equals(MIXED)) {
            return ResidentSelection.DRAWN_BY_LOT_AND_VOLUNTEERS;
        }
        return FrenchValues.parseBoolean(text) ? ResidentSelection.DRAWN_BY_LOT : ResidentSelection.VOLUNTEERS_ONLY;
    }

    @Override
    String columnOf(String path, ColumnMapping mapping) {
        String[] columns = {
            "composition.residentsCollege.women", "residentWomen",
            "composition.residentsCollege.men", "residentMen",
            "composition.actorsCollege", "localActors",
            "composition.residentSelection", "drawnByLot",
            "legalIdentifiers.rna", "rna",
        };
        for (int i = 0; i < columns.length; i += 2) {
            if (path.startsWith(columns[i])) {
                return columns[i + 1];
            }
        }
        return super.columnOf(path, mapping);
    }

    @Override
    List<String> write(GovernanceBody body, CellStyle style) {
        List<String> cells = new ArrayList<>();
        cells.add(body.id());
        cells.add(body.name());
        cells.add(body.kind().name());
        cells.add(join(body.territories()));
        cells.add(style.date(body.installation()));
        cells.add(style.date(body.end()));
        cells.add(join(body.members()));
        CouncilComposition composition = body.composition();
        if (composition == null) {
            cells.addAll(List.of("", "", "", "", ""));
        } else {
            cells.add(Integer.toString(composition.residents()));
            cells.add(Integer.toString(composition.residentsCollege().women()));
            cells.add(Integer.toString(composition.residentsCollege().men()));
            cells.add(composition.residentSelection() == null ? "" : switch (composition.residentSelection()) {
                case DRAWN_BY_LOT -> "oui";
                case VOLUNTEERS_ONLY -> "non";
                case DRAWN_BY_LOT_AND_VOLUNTEERS -> MIXED;
            });
            cells.add(Integer.toString(composition.actorsCollege().total()));
        }
        cells.add(text(body.legalIdentifiers().siren()));
        cells.add(text(body.legalIdentifiers().rna()));
        return List.copyOf(cells);
    }
}
