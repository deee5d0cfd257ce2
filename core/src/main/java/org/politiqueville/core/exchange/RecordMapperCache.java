package org.politiqueville.core.exchange;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * One {@link RecordMapper} per kind against one referential, made on first use and kept: mappers
 * remember the names they resolved, which an importer reading file after file finds again.
 *
 * <p>Thread-safe: an importer shared between threads hands its cache to each
 * {@link TableImport}, and concurrent reads of the same kind share one mapper.
 */
public final class RecordMapperCache {

    private final CityContract referential;
    private final MappingOptions options;
    private final Map<RecordKind, RecordMapper<?>> mappers = new ConcurrentHashMap<>();

    /**
     * Creates an empty cache.
     *
     * @param referential the contract names are resolved against, not null
     * @param options     the mapping options, not null
     * @throws NullPointerException if an argument is null
     */
    public RecordMapperCache(CityContract referential, MappingOptions options) {
        this.referential = Objects.requireNonNull(referential, "referential");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The mapper of a kind, as {@link RecordMappers#forKind(RecordKind, CityContract, MappingOptions)}
     * makes it the first time, the same one afterwards.
     *
     * @param kind the kind, tabular, not null
     * @return the mapper, not null
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     */
    public RecordMapper<?> forKind(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        return mappers.computeIfAbsent(kind, k -> RecordMappers.forKind(k, referential, options));
    }
}
