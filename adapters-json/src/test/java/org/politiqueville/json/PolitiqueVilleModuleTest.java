package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The module on a mapper of the user's own. */
class PolitiqueVilleModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PolitiqueVilleModule()).build();

    /** A record of the user's own that holds politiqueville types. */
    record Dashboard(QpvCode quarter, Period period, Map<QpvCode, Integer> residents) {
    }

    @Test
    void registersInOneLineAndWritesValueTypesAsStrings() {
        Dashboard dashboard = new Dashboard(QpvCode.parse("QN04413M"), Period.ofYears(2015, 2020),
                Map.of(QpvCode.parse("QN04405M"), 1200));

        String json = MAPPER.writeValueAsString(dashboard);

        assertThat(json).isEqualTo("{\"quarter\":\"QN04413M\",\"period\":\"2015/2020\",\"residents\":{\"QN04405M\":1200}}");
        assertThat(MAPPER.readValue(json, Dashboard.class)).isEqualTo(dashboard);
    }

    @Test
    void writesEntitiesWithTheirPropertiesInOrder() {
        Quarter malakoff = NantesMetropole.quarters().get(8);

        assertThat(MAPPER.writeValueAsString(malakoff)).isEqualTo("{\"id\":\"malakoff\",\"label\":\"Malakoff\","
                + "\"aliases\":[],\"status\":\"PRIORITY\",\"codes\":[\"QN04413M\"],\"communes\":[\"44109\"]}");
    }

    @Test
    void badCodeFailsWithItsProblemCode() {
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue("\"QP020001\"", QpvCode.class));

        assertThat(e.getMessage()).contains("QPV_CODE_UNKNOWN_DEPARTEMENT");
    }

    @Test
    void unknownPropertyFailsAStrictModuleAndNotALenientOne() {
        String json = "{\"id\":\"m\",\"label\":\"M\",\"status\":\"WATCH\",\"communes\":[\"44109\"],\"colour\":\"red\"}";

        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> MAPPER.readValue(json, Quarter.class));
        assertThat(e.getMessage()).contains("UNKNOWN_PROPERTY").contains("/colour");

        JsonMapper lenient = JsonMapper.builder().addModule(PolitiqueVilleModule.lenient()).build();
        assertThat(lenient.readValue(json, Quarter.class).id()).isEqualTo("m");
    }

    @Test
    void readsListsOfEntities() {
        String json = MAPPER.writeValueAsString(NantesMetropole.quarters());

        assertThat(MAPPER.readValue(json, new TypeReference<java.util.List<Quarter>>() { }))
                .isEqualTo(NantesMetropole.quarters());
    }

    @Test
    void isAJacksonModuleForSpringBoot() {
        JacksonModule module = new PolitiqueVilleModule();

        assertThat(module.getModuleName()).isEqualTo("politiqueville");
        assertThat(new PolitiqueVilleModule().isStrict()).isTrue();
        assertThat(PolitiqueVilleModule.lenient().isStrict()).isFalse();
    }
}
