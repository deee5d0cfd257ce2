package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.ResidentSelection;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

class RecordMappersTest {

    private static final CityContract NANTES = NantesMetropole.contract();
    private static final MappingOptions OPTIONS = MappingOptions.defaults();

    private static <T> MappedRow<T> map(RecordMapper<T> mapper, List<String> headers, String... cells) {
        ColumnMapping mapping = HeaderMapping.resolve(mapper.kind(), headers, "f.csv", 1);
        return mapper.map(mapping, List.of(cells), 7, "f.csv");
    }

    @Test
    void mapsAQuarterRowResolvingCommunesAndTheReferentialId() {
        MappedRow<Quarter> row = map(RecordMappers.quarters(NANTES, OPTIONS),
                List.of("lib_qp", "code_qp", "Commune(s)", "Population", "Année pop."),
                "Grand Bellevue", "QN04405M", "Nantes | 44162", "17 800", "2020");

        assertThat(row.isAccepted()).isTrue();
        assertThat(row.entity().id()).isEqualTo("bellevue");
        assertThat(row.entity().codes()).containsExactly(QpvCode.parse("QN04405M"));
        assertThat(row.entity().communes()).containsExactly(new InseeCode("44109"), new InseeCode("44162"));
        assertThat(row.entity().population().count()).isEqualTo(17_800);
    }

    @Test
    void locatesEveryProblemOfARowAtItsCell() {
        MappedRow<Quarter> row = map(RecordMappers.quarters(NANTES, OPTIONS),
                List.of("Nom", "Code QPV", "Commune(s)", "Statut", "Population"),
                "Les Tilleuls", "QN0449I", "Nantes, Atlantis", "bof", "12 000");

        assertThat(row.isAccepted()).isFalse();
        assertThat(row.problems()).extracting(Problem::code, Problem::value, p -> p.location().line(),
                        p -> p.location().column(), p -> p.location().columnName())
                .containsExactly(
                        tuple(ProblemCode.QPV_CODE_FORMAT, "QN0449I", 7L, 2, "Code QPV"),
                        tuple(ProblemCode.UNKNOWN_COMMUNE, "Atlantis", 7L, 3, "Commune(s)"),
                        tuple(ProblemCode.INVALID_FORMAT, "bof", 7L, 4, "Statut"),
                        tuple(ProblemCode.REQUIRED, null, 7L, 5, "Population"));
    }

    @Test
    void mapsObservationMarkersToStatusAndConfidentiality() {
        RecordMapper<Observation> mapper = RecordMappers.observations(NANTES, OPTIONS);
        List<String> headers = List.of("Territoire", "Indicateur", "Année", "Valeur");

        assertThat(map(mapper, headers, "Malakoff", "Taux de pauvreté", "2021", "secret").entity().confidentiality())
                .isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(map(mapper, headers, "Malakoff", "Taux de pauvreté", "2021", "ns").entity().status())
                .isEqualTo(ObservationStatus.NOT_SIGNIFICANT);
        assertThat(map(mapper, headers, "Malakoff", "Taux de pauvreté", "2021", "so").entity().status())
                .isEqualTo(ObservationStatus.NOT_APPLICABLE);
        assertThat(map(mapper, headers, "Malakoff", "Taux de pauvreté", "2021", "").entity().status())
                .isEqualTo(ObservationStatus.MISSING);
        Observation nantes = map(mapper, headers, "Nantes", "POP", "2015-2020", "318 808").entity();
        assertThat(nantes.territory()).isEqualTo(TerritoryRef.commune("44109"));
        assertThat(nantes.value()).isEqualByComparingTo(new BigDecimal("318808"));
    }

    @Test
    void checksTheUnitAgainstTheIndicatorDefinition() {
        MappedRow<Observation> row = map(RecordMappers.observations(NANTES, OPTIONS),
                List.of("Territoire", "Indicateur", "Année", "Valeur", "Unité"), "Malakoff", "DISP_MED", "2021", "12",
                "%");

        assertThat(row.problems()).extracting(Problem::code, p -> p.location().columnName(), Problem::value)
                .containsExactly(tuple(ProblemCode.UNIT_MISMATCH, "Unité", "%"));
    }

    @Test
    void mapsCommunesIndicatorsBodiesAndEngagements() {
        assertThat(map(RecordMappers.communes(NANTES, OPTIONS), List.of("Code INSEE", "Commune"), "44109", "Nantes")
                .entity()).isEqualTo(new Commune(new InseeCode("44109"), "Nantes"));

        IndicatorDefinition indicator = map(RecordMappers.indicators(NANTES, OPTIONS),
                List.of("Indicateur", "Unité", "Source"), "Part des jeunes", "%", "INSEE").entity();
        assertThat(indicator.code()).isEqualTo("PART_DES_JEUNES");
        assertThat(indicator.unit()).isEqualTo(Unit.PERCENT);

        GovernanceBody council = map(RecordMappers.bodies(NANTES, OPTIONS),
                List.of("Nom", "Type", "Quartier(s)", "Installation", "Habitants", "Femmes", "Hommes", "Tirage au sort"),
                "Conseil citoyen de Malakoff", "conseil citoyen", "Malakoff", "14/03/2016", "10", "5", "5", "oui")
                .entity();
        assertThat(council.kind()).isEqualTo(BodyKind.CITIZENS_COUNCIL);
        assertThat(council.territories()).containsExactly(TerritoryRef.quarter("malakoff"));
        assertThat(council.composition().residentSelection()).isEqualTo(ResidentSelection.DRAWN_BY_LOT);

        Engagement engagement = map(RecordMappers.engagements(NANTES, OPTIONS),
                List.of("Engagement", "Axe", "Statut", "Avancement", "Porteurs", "Échéance"),
                "Rénover l’école", "Cadre de vie", "en cours", "40 %", "Ville, État", "06/2021").entity();
        assertThat(engagement.pillar()).isEqualTo(Pillar.LIVING_ENVIRONMENT_AND_URBAN_RENEWAL);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(engagement.progress()).isEqualTo(40);
        assertThat(engagement.signatories()).containsExactly("Ville", "État");
    }

    @Test
    void readsBackWhatItWrites() {
        RecordMapper<Quarter> mapper = RecordMappers.quarters(NANTES, OPTIONS);
        ColumnMapping mapping = HeaderMapping.resolve(RecordKind.QUARTERS, mapper.columns());

        for (Quarter quarter : NantesMetropole.quarters()) {
            assertThat(mapper.map(mapping, mapper.format(quarter, CellStyle.FRENCH), 2, "").entity()).isEqualTo(quarter);
        }
    }

    @Test
    void refusesTheContractKindAndAMappingOfAnotherKind() {
        assertThatThrownBy(() -> RecordMappers.forKind(RecordKind.CONTRACT, NANTES, OPTIONS))
                .isInstanceOf(InvalidValueException.class);
        ColumnMapping documents = HeaderMapping.resolve(RecordKind.DOCUMENTS, List.of("Titre"));
        assertThatThrownBy(() -> RecordMappers.quarters(NANTES, OPTIONS).map(documents, List.of("x"), 2, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergesRowsOfTheSameQuarter() {
        Quarter nantes = Quarter.builder("bellevue", "Bellevue").code(QpvCode.parse("QN04405M"))
                .commune(new InseeCode("44109")).build();
        Quarter herblain = Quarter.builder("bellevue", "Grand Bellevue").code(QpvCode.parse("QN04405M"))
                .commune(new InseeCode("44162")).build();
        Quarter other = Quarter.builder("malakoff", "Malakoff").code(QpvCode.parse("QN04413M"))
                .commune(new InseeCode("44109")).build();

        List<Quarter> merged = QuarterMerger.merge(List.of(nantes, other, herblain));

        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).communes()).containsExactly(new InseeCode("44109"), new InseeCode("44162"));
        assertThat(merged.get(0).aliases()).containsExactly("Grand Bellevue");
        assertThat(merged.get(1)).isEqualTo(other);
    }
}
