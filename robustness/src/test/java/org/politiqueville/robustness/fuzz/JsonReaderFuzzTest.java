package org.politiqueville.robustness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.json.JsonFormatAdapter;
import org.politiqueville.robustness.Checks;

/**
 * The JSON reader on any bytes: kind and layout inferred or forced, strict or lenient. The only
 * exception allowed out is {@link UnreadableInputException}; the report must be faithful.
 *
 * <p>The first byte chooses the options: bits 0–3 the kind (0 inferred, 1–8 the kinds, contract
 * included; above, inferred), bits 4–5 the layout (inferred, array, lines), bit 6 lenient, bit 7
 * strict legal rules.
 */
class JsonReaderFuzzTest {

    private static final CityContract REFERENTIAL = NantesMetropole.contract();
    private static final JsonFormatAdapter ADAPTER = new JsonFormatAdapter();
    private static final RecordKind[] KINDS = {null, RecordKind.QUARTERS, RecordKind.COMMUNES, RecordKind.BODIES,
        RecordKind.ENGAGEMENTS, RecordKind.INDICATORS, RecordKind.OBSERVATIONS, RecordKind.DOCUMENTS,
        RecordKind.CONTRACT};

    @FuzzTest(maxDuration = "10m")
    void readsAnyBytes(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int options = input[0] & 0xFF;
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        int kind = options & 15;
        ReadOptions read = new ReadOptions(kind < KINDS.length ? KINDS[kind] : null, REFERENTIAL, Locale.ENGLISH,
                (options & 128) != 0, Map.of());
        switch ((options >>> 4) & 3) {
            case 1 -> read = read.with("layout", "array");
            case 2 -> read = read.with("layout", "lines");
            default -> {
                // inferred
            }
        }
        if ((options & 64) != 0) {
            read = read.with("lenient", "true");
        }
        AtomicLong handedOver = new AtomicLong();
        try {
            ImportReport report = ADAPTER.reader(read).read(new ByteArrayInputStream(payload), "fuzz.json",
                    record -> handedOver.incrementAndGet());
            Checks.faithful(report, handedOver.get(), "fuzz.json", report.kind() == RecordKind.CONTRACT);
        } catch (UnreadableInputException e) {
            Checks.bounded(e.problem());
            Checks.boundedMessage(e.getMessage(Locale.FRENCH));
        }
    }
}
