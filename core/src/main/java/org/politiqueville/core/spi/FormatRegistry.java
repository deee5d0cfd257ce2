package org.politiqueville.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format adapters an application can use, and the choice of one for a file: by explicit name
 * first, then by file extension, then by sniffing the first bytes.
 *
 * <p>{@link #load()} discovers adapters with {@link ServiceLoader} (class path and module path), so
 * adding a jar adds a format. Immutable and thread-safe.
 */
public final class FormatRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FormatRegistry.class);

    private final Map<String, FormatAdapter> byName;

    private FormatRegistry(Map<String, FormatAdapter> byName) {
        this.byName = byName;
    }

    /**
     * The adapters found by {@link ServiceLoader} with the context class loader (or, on the module
     * path, through {@code provides} clauses).
     *
     * @return the registry, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_FORMAT} if two adapters claim
     *                               the same name
     */
    public static FormatRegistry load() {
        return of(discover(ServiceLoader.load(FormatAdapter.class)));
    }

    /**
     * The adapters found by {@link ServiceLoader} with the given class loader.
     *
     * @param classLoader the class loader, not null
     * @return the registry, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_FORMAT} if two adapters claim
     *                               the same name
     */
    public static FormatRegistry load(ClassLoader classLoader) {
        return of(discover(ServiceLoader.load(FormatAdapter.class, Objects.requireNonNull(classLoader, "classLoader"))));
    }

    private static List<FormatAdapter> discover(ServiceLoader<FormatAdapter> loader) {
        List<FormatAdapter> adapters = new ArrayList<>();
        loader.forEach(adapters::add);
        LOG.debug("Format adapters found: {}", adapters.stream().map(FormatAdapter::name).toList());
        return adapters;
    }

    /**
     * A registry of the given adapters, in that order (the order breaks ties between extensions and
     * sniffs).
     *
     * @param adapters the adapters, not null
     * @return the registry, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_FORMAT} if two adapters claim
     *                               the same name
     */
    public static FormatRegistry of(Collection<? extends FormatAdapter> adapters) {
        Map<String, FormatAdapter> byName = new LinkedHashMap<>();
        for (FormatAdapter adapter : adapters) {
            String name = adapter.name().toLowerCase(Locale.ROOT);
            FormatAdapter previous = byName.putIfAbsent(name, adapter);
            if (previous != null) {
                throw new InvalidValueException(ProblemCode.DUPLICATE_FORMAT, name,
                        previous.getClass().getName() + ", " + adapter.getClass().getName());
            }
        }
        return new FormatRegistry(byName);
    }

    /**
     * The adapters, in registration order.
     *
     * @return an unmodifiable list, not null
     */
    public List<FormatAdapter> adapters() {
        return List.copyOf(byName.values());
    }

    /**
     * The adapter with the given name, ignoring case.
     *
     * @param name the name, not null
     * @return the adapter, or empty
     */
    public Optional<FormatAdapter> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The adapter whose extensions include the file's, in registration order.
     *
     * @param file the file, not null
     * @return the adapter, or empty if the name has no extension or no adapter claims it
     */
    public Optional<FormatAdapter> byExtension(Path file) {
        String extension = extension(file);
        return byName.values().stream().filter(a -> a.fileExtensions().contains(extension)).findFirst();
    }

    /**
     * The first adapter whose {@link FormatAdapter#sniff(byte[])} recognises the bytes.
     *
     * @param head the first bytes of an input, not null
     * @return the adapter, or empty
     */
    public Optional<FormatAdapter> bySniffing(byte[] head) {
        return byName.values().stream().filter(a -> a.sniff(head)).findFirst();
    }

    /**
     * The adapter to read a file: the one named explicitly if a name is given, else the one
     * claiming the file's extension, else the first that recognises its first bytes.
     *
     * @param file          the file, not null
     * @param explicitName  the format the caller asked for, or null
     * @return the adapter, not null
     * @throws InvalidValueException with {@link ProblemCode#UNSUPPORTED_FORMAT} (detail: the known
     *                               formats) if none fits
     * @throws IOException           if the file cannot be read for sniffing
     */
    public FormatAdapter forReading(Path file, String explicitName) throws IOException {
        if (explicitName != null) {
            return byName(explicitName).orElseThrow(() -> unsupported(explicitName));
        }
        Optional<FormatAdapter> byExtension = byExtension(file);
        if (byExtension.isPresent()) {
            return byExtension.get();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FormatAdapter.SNIFF_LENGTH);
        }
        return bySniffing(head).orElseThrow(() -> unsupported(file.getFileName().toString()));
    }

    /**
     * The adapter to write a file: the one named explicitly if a name is given, else the one
     * claiming the file's extension.
     *
     * @param file          the file to write, not null
     * @param explicitName  the format the caller asked for, or null
     * @return the adapter, not null
     * @throws InvalidValueException with {@link ProblemCode#UNSUPPORTED_FORMAT} if none fits
     */
    public FormatAdapter forWriting(Path file, String explicitName) {
        if (explicitName != null) {
            return byName(explicitName).orElseThrow(() -> unsupported(explicitName));
        }
        return byExtension(file).orElseThrow(() -> unsupported(file.getFileName().toString()));
    }

    private InvalidValueException unsupported(String what) {
        String known = byName.values().stream()
                .map(a -> a.name() + " (" + a.fileExtensions().stream().sorted().map(e -> "." + e)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return new InvalidValueException(ProblemCode.UNSUPPORTED_FORMAT, what, known.isEmpty() ? "-" : known);
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The adapters' names.
     *
     * @return a description such as {@code FormatRegistry[csv, json]}
     */
    @Override
    public String toString() {
        return "FormatRegistry" + byName.keySet();
    }
}
