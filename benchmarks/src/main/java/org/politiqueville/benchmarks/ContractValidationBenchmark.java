package org.politiqueville.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.validation.ValidationReport;

/**
 * Validating a whole contract (the national referential: 1,584 quarters, 376 communes, 24
 * indicators) with 10 thousand to 1 million observations: time per observation must stay flat.
 * One operation validates the whole contract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
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
}
