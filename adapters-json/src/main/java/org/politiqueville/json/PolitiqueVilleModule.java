package org.politiqueville.json;

import java.util.List;
import java.util.function.Function;

import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.json.internal.Codec;
import org.politiqueville.json.internal.Codecs;
import org.politiqueville.json.internal.ContractCodec;
import org.politiqueville.json.internal.ModuleSerializers.CodecDeserializer;
import org.politiqueville.json.internal.ModuleSerializers.CodecSerializer;
import org.politiqueville.json.internal.ModuleSerializers.KeySerializer;
import org.politiqueville.json.internal.ModuleSerializers.TextDeserializer;
import org.politiqueville.json.internal.ModuleSerializers.TextKeyDeserializer;
import org.politiqueville.json.internal.ModuleSerializers.TextSerializer;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module for every politiqueville type, to register on your own {@code JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PolitiqueVilleModule()).build();
 * }</pre>
 *
 * <p>With Spring Boot 4, whose auto-configured mapper is Jackson 3, declaring the module as a bean is
 * enough: {@code @Bean JacksonModule politiqueVille() { return new PolitiqueVilleModule(); }}.
 *
 * <p>Value types — {@link QpvCode}, {@link InseeCode}, {@link Siren}, {@link Siret},
 * {@link RnaNumber}, {@link Period}, {@link ReducedDate}, {@link Category} and {@link TerritoryRef} —
 * are written as their canonical strings and read back through their own {@code parse}, also as map
 * keys. Entities (quarters, bodies, engagements, observations, documents, the whole city contract…)
 * are written as objects with camelCase English property names in a fixed order, the one of the
 * published JSON Schema; null optional values are left out and lists are always written.
 *
 * <p>Reading an entity is strict: an unknown property or a key given twice fails the read with a
 * {@code MismatchedInputException} naming the problem's code, JSON Pointer and line, whatever the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}; {@link #lenient()} accepts both. A mapper does not run
 * Bean Validation or the domain rules: read files through {@link PolitiqueVilleJson} to get every
 * problem in a report, or validate with
 * {@link org.politiqueville.core.contract.PolitiqueVilleValidator}.
 */
public final class PolitiqueVilleModule extends JacksonModule {

    private static final List<Codec<?>> CODECS = List.of(Codecs.COMMUNE, Codecs.AGGLOMERATION, Codecs.POPULATION,
            Codecs.QUARTER, Codecs.DISTRICT, Codecs.LEGAL_IDENTIFIERS, Codecs.MEMBER_COUNT,
            Codecs.COUNCIL_COMPOSITION, Codecs.GOVERNANCE_BODY, Codecs.MEMBERSHIP, Codecs.MILESTONE,
            Codecs.ENGAGEMENT, Codecs.INDICATOR, Codecs.OBSERVATION, Codecs.DOCUMENT, Codecs.TIMELINE_ENTRY,
            ContractCodec.PLAIN);

    private final boolean strict;

    /** A strict module: unknown properties and duplicate keys fail the read. */
    public PolitiqueVilleModule() {
        this(true);
    }

    private PolitiqueVilleModule(boolean strict) {
        this.strict = strict;
    }

    /**
     * A lenient module: unknown properties are ignored and, for a key given twice, the last value
     * wins.
     *
     * @return the module, not null
     */
    public static PolitiqueVilleModule lenient() {
        return new PolitiqueVilleModule(false);
    }

    /**
     * Whether unknown properties and duplicate keys fail the read.
     *
     * @return true for {@code new PolitiqueVilleModule()}
     */
    public boolean isStrict() {
        return strict;
    }

    @Override
    public String getModuleName() {
        return "politiqueville";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleSerializers keySerializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
        valueType(QpvCode.class, QpvCode::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(InseeCode.class, InseeCode::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(Siren.class, Siren::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(Siret.class, Siret::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(RnaNumber.class, RnaNumber::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(Period.class, Period::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(ReducedDate.class, ReducedDate::parse, serializers, keySerializers, deserializers,
                keyDeserializers);
        valueType(Category.class, Category::parse, serializers, keySerializers, deserializers, keyDeserializers);
        valueType(TerritoryRef.class, TerritoryRef::parse, serializers, keySerializers, deserializers,
                keyDeserializers);
        for (Codec<?> codec : CODECS) {
            entity(codec, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addKeySerializers(keySerializers);
        context.addDeserializers(deserializers);
        context.addKeyDeserializers(keyDeserializers);
    }

    private static <T> void valueType(Class<T> type, Function<String, T> parser, SimpleSerializers serializers,
                                      SimpleSerializers keySerializers, SimpleDeserializers deserializers,
                                      SimpleKeyDeserializers keyDeserializers) {
        serializers.addSerializer(type, new TextSerializer<>(type));
        keySerializers.addSerializer(type, new KeySerializer<>(type));
        deserializers.addDeserializer(type, new TextDeserializer<>(type, parser));
        keyDeserializers.addDeserializer(type, new TextKeyDeserializer(type, parser));
    }

    private <T> void entity(Codec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
        deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec, strict));
    }
}
