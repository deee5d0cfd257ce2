package org.politiqueville.examples.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.broadcast.Broadcast;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.json.JsonFormatAdapter;
import org.politiqueville.json.PolitiqueVilleJson;

/**
 * The referential on the executors. The driver broadcasts the contract as its JSON bytes (small, and
 * independent of the domain classes being {@link java.io.Serializable}); each executor JVM parses
 * them once, on first use, and every task of that JVM shares the immutable contract.
 */
final class Referentials {

    /** Contracts by broadcast id: one parse per executor JVM and broadcast, whatever the task count. */
    private static final ConcurrentMap<Long, CityContract> CONTRACTS = new ConcurrentHashMap<>();

    private Referentials() {
    }

    /**
     * The JSON of the referential to broadcast: the given file's bytes as they are, or the bundled
     * Nantes Métropole sample written as JSON. Parsed here once so that a bad file fails on the
     * driver, before any task.
     */
    static byte[] load(byte[] file, String name, Locale locale) {
        byte[] json = file != null ? file
                : PolitiqueVilleJson.compact().toJson(NantesMetropole.contract()).getBytes(StandardCharsets.UTF_8);
        parse(json, file != null ? name : "nantes-metropole.json", locale);
        return json;
    }

    /** The contract of a broadcast, parsed on first use in this JVM. */
    static CityContract of(Broadcast<byte[]> referential) {
        return CONTRACTS.computeIfAbsent(referential.id(),
                id -> parse(referential.value(), "referential", Locale.ENGLISH));
    }

    /**
     * Reads a whole contract the way the single-process job reads {@code --referential}: the JSON
     * adapter's reader, names of the contract resolved against the sample.
     */
    private static CityContract parse(byte[] json, String name, Locale locale) {
        List<Object> contracts = new ArrayList<>();
        ImportReport report;
        try (InputStream in = new ByteArrayInputStream(json)) {
            report = new JsonFormatAdapter()
                    .reader(ReadOptions.of(NantesMetropole.contract()).withKind(RecordKind.CONTRACT).withLocale(locale))
                    .read(in, name, contracts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableInputException e) {
            throw new SparkJobException(Texts.of(locale).get("error.referential", name,
                    e.problem().format(locale)), e);
        }
        if (contracts.size() != 1 || !(contracts.get(0) instanceof CityContract contract)) {
            String first = report.problems().errors().stream().findFirst().map(p -> p.format(locale))
                    .orElse(Texts.of(locale).get("error.notAContract"));
            throw new SparkJobException(Texts.of(locale).get("error.referential", name, first));
        }
        return contract;
    }
}
