package org.politiqueville.examples.plugin;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.spi.RecordWriter;
import org.politiqueville.core.spi.WriteOptions;

/**
 * The {@code seed-table} format: the "DOCUMENTS RESSOURCES" table of the Nantes Métropole city
 * contract page, exactly as the page shows it — cells separated by {@code |}, a {@code ---|---}
 * rule under the header, a trailing pipe on each line, sometimes one cell short:
 *
 * <pre>
 * DOCUMENTS RESSOURCES
 * Documents | Catégories | Année | type | lien |
 * ---|---|---|---|---|
 * 2018 Baromètre GUSP | Pilotage : contrat de Ville, Pilotage : CV - Annexes complémentaires | 2018 | télécharger | |
 * </pre>
 *
 * <p>Each row becomes a {@link org.politiqueville.core.catalogue.Document} (title, categories, period
 * such as {@code 2018} or {@code 2015/2020}, label of the download link, link): the adapter only
 * finds the header and the rows and splits them into cells, and the core's
 * {@link org.politiqueville.core.exchange.TableImport} maps them and reports, as for a CSV file of
 * documents. The {@code Documents}, {@code Catégories} and {@code Année} columns are required. Text
 * before the header (a page's title) is skipped; the table ends at the first non-blank line
 * without a pipe. Files are UTF-8; a {@code |} inside a cell is written {@code \|} and a backslash
 * {@code \\}, as in Markdown tables.
 *
 * <p>The adapter claims the extensions {@code .seed} and {@code .md} (the table is a Markdown pipe
 * table), and recognises unnamed input by its {@code Documents | Catégories} header. It is an example
 * of a third-party plug-in: it uses only the core's public API and is found by
 * {@link org.politiqueville.core.spi.FormatRegistry#load()} through {@code META-INF/services} and
 * its module's {@code provides} clause. Stateless and thread-safe.
 */
public final class SeedTableFormatAdapter implements FormatAdapter {

    /** The format's name. */
    public static final String NAME = "seed-table";

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public SeedTableFormatAdapter() {
        // Stateless: every reader and writer gets its options.
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("seed", "md");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/markdown");
    }

    /**
     * Whether the first bytes hold a line starting with the seed table's header,
     * {@code Documents | Catégories}, ignoring case, accents and spacing.
     *
     * @param head the first bytes, not null
     * @return true if such a header line is there
     */
    @Override
    public boolean sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.lines().anyMatch(SeedTableCells::isHeaderStart);
    }

    @Override
    public Set<RecordKind> readableKinds() {
        return Set.of(RecordKind.DOCUMENTS);
    }

    @Override
    public Set<RecordKind> writableKinds() {
        return Set.of(RecordKind.DOCUMENTS);
    }

    /**
     * A reader of documents, resolving "Quartier" categories against the options' referential.
     *
     * @param options the options, not null; the kind, if given, must be
     *                {@link RecordKind#DOCUMENTS}; {@code strict} rejects rows that break a legal
     *                rule, as for every tabular format
     * @return the reader, not null
     * @throws UnsupportedOperationException if another kind is asked for
     */
    @Override
    public RecordReader reader(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        options.requestedKind().filter(kind -> kind != RecordKind.DOCUMENTS).ifPresent(kind -> {
            throw new UnsupportedOperationException(NAME + " holds documents, not " + kind.id());
        });
        return new SeedTableReader(options);
    }

    /**
     * A writer of documents; it reads no option.
     *
     * @param options the options, not null
     * @return the writer, not null
     */
    @Override
    public RecordWriter writer(WriteOptions options) {
        Objects.requireNonNull(options, "options");
        return (target, kind) -> {
            Objects.requireNonNull(target, "target");
            if (kind != RecordKind.DOCUMENTS) {
                throw new UnsupportedOperationException(NAME + " holds documents, not " + kind.id());
            }
            return new SeedTableSink(target);
        };
    }

    @Override
    public String toString() {
        return NAME;
    }
}
