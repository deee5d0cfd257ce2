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
import org.politiqueville.csv.CsvFormatAdapter;
import org.politiqueville.robustness.Checks;

/**
 * The CSV reader on any bytes, in any dialect: detected, a preset, or a delimiter and charset
 * chosen by the input. The only exception allowed out is {@link UnreadableInputException}; the
 * report must be faithful (see {@link Checks#faithful}).
 *
 * <p>The first byte chooses the options: bits 0–2 the dialect (0–2 detected, 3 open-data,
 * 4 excel-fr, 5 UTF-8, 6 windows-1252, 7 UTF-16LE with the chosen delimiter), bits 3–4 the
 * delimiter ({@code , ; tab |}), bits 5–7 the kind (0 inferred, else one of the tabular kinds).
 */
class CsvReaderFuzzTest {

    private static final CityContract REFERENTIAL = NantesMetropole.contract();
    private static final CsvFormatAdapter ADAPTER = new CsvFormatAdapter();
    private static final String[] DELIMITERS = {",", ";", "tab", "|"};
    private static final RecordKind[] KINDS = {null, RecordKind.QUARTERS, RecordKind.COMMUNES, RecordKind.BODIES,
        RecordKind.ENGAGEMENTS, RecordKind.INDICATORS, RecordKind.OBSERVATIONS, RecordKind.DOCUMENTS};

    @FuzzTest(maxDuration = "10m")
    void readsAnyBytes(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int options = input[0] & 0xFF;
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        ReadOptions read = new ReadOptions(KINDS[options >>> 5], REFERENTIAL, Locale.FRENCH, (options & 1) == 1,
                Map.of());
        String delimiter = DELIMITERS[(options >>> 3) & 3];
        switch (options & 7) {
            case 3 -> read = read.with("dialect", "open-data");
            case 4 -> read = read.with("dialect", "excel-fr");
            case 5 -> read = read.with("encoding", "UTF-8").with("delimiter", delimiter);
            case 6 -> read = read.with("encoding", "windows-1252").with("delimiter", delimiter);
            case 7 -> read = read.with("encoding", "UTF-16LE").with("delimiter", delimiter);
            default -> {
                // detected
            }
        }
        AtomicLong handedOver = new AtomicLong();
        try {
            ImportReport report = ADAPTER.reader(read).read(new ByteArrayInputStream(payload), "fuzz.csv",
                    record -> handedOver.incrementAndGet());
            Checks.faithful(report, handedOver.get(), "fuzz.csv", false);
        } catch (UnreadableInputException e) {
            Checks.bounded(e.problem());
            Checks.boundedMessage(e.getMessage(Locale.FRENCH));
            Checks.check(e.problem().location().line() > 0, "unreadable without a line: " + e.getMessage());
        }
    }
}
