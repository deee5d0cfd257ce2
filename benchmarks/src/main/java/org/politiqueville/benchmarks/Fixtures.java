package org.politiqueville.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.territory.TerritoryRef;

/** Files and contracts the benchmarks share, generated once per JVM in a scratch directory. */
public final class Fixtures {

    private static final Path DIRECTORY = directory();

    private Fixtures() {
    }

    private static Path directory() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "politiqueville-benchmarks");
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory under the scratch directory, created if needed.
     *
     * @param name the directory's name, not null
     * @return the directory, existing, not null
     * @throws IOException if it cannot be created
     */
    public static Path directory(String name) throws IOException {
        return Files.createDirectories(DIRECTORY.resolve(name));
    }

    /**
     * A generated file, written unless a file of that name already exists.
     *
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @param rows    the number of data rows
     * @return the file, not null
     * @throws IOException if it cannot be written
     */
    public static synchronized Path file(Generator.Kind kind, Dialect dialect, long rows) throws IOException {
        Path file = DIRECTORY.resolve(kind.name().toLowerCase() + "-" + dialect.name().toLowerCase() + "-" + rows
                + ".csv");
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(DIRECTORY, "partial-", ".csv");
            Generator.write(partial, kind, dialect, rows);
            Files.move(partial, file);
        }
        return file;
    }

    /**
     * The national referential with generated observations: every key (indicator, territory,
     * year) at most once, values consistent with their indicator's unit, some confidential and
     * missing values, so that the contract is valid.
     *
     * @param observations how many observations
     * @return the contract, not null
     */
    public static CityContract contract(int observations) {
        List<TerritoryRef> territories = new ArrayList<>();
        CityContract referential = Referential.contract();
        referential.quarters().forEach(q -> territories.add(q.ref()));
        referential.communes().forEach(c -> territories.add(c.ref()));
        territories.add(referential.agglomeration().ref());
        List<IndicatorDefinition> indicators = referential.indicators();
        List<Observation> list = new ArrayList<>(observations);
        for (int i = 0; i < observations; i++) {
            TerritoryRef territory = territories.get(i % territories.size());
            int rest = i / territories.size();
            IndicatorDefinition indicator = indicators.get(rest % indicators.size());
            int year = 1990 + rest / indicators.size();
            Observation.Builder builder = Observation.builder(indicator.code(), territory, Period.ofYear(year));
            if (i % 50 == 7) {
                builder.confidentiality(Confidentiality.CONFIDENTIAL);
            } else if (i % 50 == 19) {
                builder.status(ObservationStatus.MISSING);
            } else {
                long draw = (i * 2_654_435_761L) & 0xFFFF;
                builder.value(indicator.unit() == Unit.PERCENT ? BigDecimal.valueOf(draw % 1000, 1)
                        : BigDecimal.valueOf(8_000 + draw % 30_000));
            }
            list.add(builder.build());
        }
        return referential.toBuilder().observations(list).build();
    }
}
