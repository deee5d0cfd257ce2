package org.politiqueville.core.exchange;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A pure reading of cell texts (a name resolved against the referential, a unit, a period)
 * remembered by exact text. The files integration jobs convert repeat a few thousand names, units
 * and periods over millions of rows, and folding a name's case, accents and article costs far more
 * than a lookup.
 *
 * <p>Transparent: {@link #apply(String)} returns what the reading returns, or throws a new
 * {@link InvalidValueException} with the code, value and details the reading threw. Only
 * {@link InvalidValueException} outcomes are remembered; any other exception passes through.
 *
 * <p>Every cell of a file is a new string whose hash code is not computed yet, so the table hashes
 * a text by its length and up to 32 of its characters rather than by all of them, and confirms with
 * {@link String#equals}. Thread-safe without locks (entries are immutable and set by
 * compare-and-set) and bounded: past {@link #CAPACITY} texts it forgets them all and starts again,
 * so that one-off texts (unknown names, free comments) cannot fill it for good.
 *
 * @param <V> what a text reads as; must be immutable (shared between rows)
 */
final class CellMemo<V> implements Function<String, V> {

    /** The most texts remembered: enough for every QPV name in its usual spellings. */
    static final int CAPACITY = 16_384;

    private static final int SLOTS = CAPACITY * 2;
    private static final int MAX_PROBES = 16;
    private static final int HASHED_CHARS = 32;

    private final Function<String, V> reading;
    private volatile Table<V> table;

    CellMemo(Function<String, V> reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    @Override
    public V apply(String text) {
        Table<V> current = table;
        if (current == null) {
            current = new Table<>();
            table = current;
        }
        int hash = hash(text);
        int mask = SLOTS - 1;
        for (int probe = 0, slot = hash & mask; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
            Entry<V> entry = current.entries.get(slot);
            if (entry == null) {
                Entry<V> made = read(text, hash);
                if (current.entries.compareAndSet(slot, null, made)) {
                    if (current.size.incrementAndGet() > CAPACITY) {
                        table = new Table<>();
                    }
                    return made.get();
                }
                entry = current.entries.get(slot);
            }
            if (entry.hash == hash && entry.text.equals(text)) {
                return entry.get();
            }
        }
        return read(text, hash).get();
    }

    /**
     * The length and up to 32 characters, spread: every character of a name (a QPV name has 20 on
     * average, 36 at most; sampling eight of them gave up to 14 names of the national referential
     * the same hash), in bounded time for long texts.
     */
    private static int hash(String text) {
        int length = text.length();
        int hash = length;
        if (length > 0) {
            int step = (length + HASHED_CHARS - 1) / HASHED_CHARS;
            for (int i = length - 1; i >= 0; i -= step) {
                hash = 31 * hash + text.charAt(i);
            }
        }
        return hash ^ (hash >>> 15) ^ (hash >>> 7);
    }

    private Entry<V> read(String text, int hash) {
        try {
            return new Entry<>(text, hash, reading.apply(text), null, null, List.of());
        } catch (InvalidValueException e) {
            return new Entry<>(text, hash, null, e.code(), e.value(), e.details());
        }
    }

    /** The slots and how many are taken. */
    private static final class Table<V> {
        final AtomicReferenceArray<Entry<V>> entries = new AtomicReferenceArray<>(SLOTS);
        final AtomicInteger size = new AtomicInteger();
    }

    /** A text and what it reads as: a value (possibly null), or the error the reading gave. */
    private record Entry<V>(String text, int hash, V value, ProblemCode code, String rejected, List<String> details) {

        V get() {
            if (code != null) {
                throw new InvalidValueException(code, rejected, details.toArray(new String[0]));
            }
            return value;
        }
    }
}
