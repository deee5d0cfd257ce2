package org.politiqueville.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.UnreadableInputException;

/**
 * Reads the records of one input, streaming: each accepted record is handed to a consumer as soon
 * as it is read, so memory does not grow with the input.
 */
@FunctionalInterface
public interface RecordReader {

    /**
     * Reads every record of the input. Each record is either handed to {@code accepted} or reported
     * as rejected in the returned report: none is lost, and {@code read = accepted + rejected}.
     *
     * @param input    the bytes, not null; not closed by this method
     * @param source   the name of the input for problem locations, such as a file name, not null
     * @param accepted receives each accepted record (a domain object of the report's kind), not null
     * @return what was read, accepted and rejected, with every problem, not null
     * @throws UnreadableInputException if the input cannot be read on (malformed for its format, an
     *                                  input limit broken, a required column missing)
     * @throws IOException              if reading the bytes fails
     */
    ImportReport read(InputStream input, String source, Consumer<Object> accepted) throws IOException;
}
