package org.politiqueville.core.spi;

import java.util.Set;
import org.politiqueville.core.exchange.RecordKind;

/**
 * A file format the library can read and write, found as a plug-in: implementations register with
 * {@code META-INF/services/org.politiqueville.core.spi.FormatAdapter} on the class path and with
 * {@code provides org.politiqueville.core.spi.FormatAdapter with ...} on the module path, and
 * {@link FormatRegistry} discovers them with {@link java.util.ServiceLoader}. A third party adds a
 * format without touching the library.
 *
 * <p>Implementations must be thread-safe, have a public no-argument constructor (or a static
 * {@code provider()} method on the module path), and share the library's way of counting: every
 * record read is either accepted or reported as rejected in the {@link
 * org.politiqueville.core.exchange.ImportReport}.
 */
public interface FormatAdapter {

    /** How many leading bytes {@link FormatRegistry} passes to {@link #sniff(byte[])}. */
    int SNIFF_LENGTH = 4096;

    /**
     * The format's unique name, lower case, such as {@code csv} or {@code json}.
     *
     * @return the name, not blank
     */
    String name();

    /**
     * The file extensions of the format, lower case, without the dot, such as {@code csv}, {@code tsv}.
     *
     * @return the extensions, not null
     */
    Set<String> fileExtensions();

    /**
     * The media types of the format, such as {@code text/csv}.
     *
     * @return the media types, not null
     */
    Set<String> mediaTypes();

    /**
     * Whether the first bytes of an input look like this format, for inputs whose name says
     * nothing. A cheap, conservative guess: false when unsure.
     *
     * @param head up to {@link #SNIFF_LENGTH} first bytes, not null
     * @return true if the input is probably in this format
     */
    boolean sniff(byte[] head);

    /**
     * The kinds of records this format can read.
     *
     * @return the kinds, not null
     */
    Set<RecordKind> readableKinds();

    /**
     * The kinds of records this format can write.
     *
     * @return the kinds, not null
     */
    Set<RecordKind> writableKinds();

    /**
     * A reader with the given options.
     *
     * @param options the options, not null
     * @return the reader, not null
     */
    RecordReader reader(ReadOptions options);

    /**
     * A writer with the given options.
     *
     * @param options the options, not null
     * @return the writer, not null
     */
    RecordWriter writer(WriteOptions options);
}
