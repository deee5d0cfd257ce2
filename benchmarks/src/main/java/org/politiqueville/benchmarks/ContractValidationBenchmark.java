package org.politiqueville.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationKey;
import org.politiqueville.core.validation.ValidationReport;

/**
 * Validating a whole contract (the national referential: 1,584 quarters, 376 communes, 24
 * indicators) with 10 thousand to 1 million observations: time per observation must stay flat.
 * One operation validates the whole contract. The raw baseline puts every observation's key in a
 * hash map, the least any duplicate check does: past a few hundred thousand observations the map
 * outgrows the processor's caches and each insertion costs more, for the baseline as for us.
 *
 * <p>A fixed 4 GB heap: a contract of a million observations holds a few hundred megabytes, and a
 * heap that grows during the measurement times the collector's resizing instead of the validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ContractValidationBenchmark {

    /** Observations in the contract. */
    @Param({"10000", "100000", "1000000"})
    public int observations;

    private CityContract contract;
    private PolitiqueVilleValidator validator;
    private PolitiqueVilleValidator rulesOnly;

    /** Builds the contract and the validators. */
    @Setup
    public void setUp() {
        contract = Fixtures.contract(observations);
        validator = PolitiqueVilleValidator.create();
        rulesOnly = PolitiqueVilleValidator.builder().withoutBeanValidation().build();
        ValidationReport report = validator.validate(contract);
        if (!report.isValid()) {
            throw new IllegalStateException("the generated contract is not valid: " + report.errors().subList(0,
                    Math.min(5, report.errors().size())));
        }
    }

    /**
     * Bean Validation of every entity and every domain rule, references included.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateContract() {
        return validator.validate(contract);
    }

    /**
     * The domain rules only (no Bean Validation), to tell the two costs apart.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateContractRulesOnly() {
        return rulesOnly.validate(contract);
    }

    /**
     * The raw baseline: every observation's key into a hash map sized once, as the duplicate check
     * does, without any rule.
     *
     * @return the map
     */
    @Benchmark
    public Map<ObservationKey, Integer> rawKeyMap() {
        List<Observation> observations = contract.observations();
        Map<ObservationKey, Integer> firstIndexes = new HashMap<>((int) (observations.size() / 0.75 + 1));
        for (int i = 0; i < observations.size(); i++) {
            firstIndexes.putIfAbsent(observations.get(i).key(), i);
        }
        return firstIndexes;
    }
}
