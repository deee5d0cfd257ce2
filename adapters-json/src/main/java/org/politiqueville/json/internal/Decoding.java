package org.politiqueville.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/**
 * What is known while one JSON value (an element of an array, a line, a whole document) is decoded:
 * where each of its values starts in the input, and the problems found so far.
 *
 * <p>Not thread-safe; one instance per value read.
 */
public final class Decoding {

    private final String source;
    private final boolean strict;
    private final Map<String, long[]> positions;
    private final Set<String> duplicates;
    private final List<Problem> problems = new ArrayList<>();
    private int errors;

    /**
     * Starts decoding.
     *
     * @param source the source label for locations, not null
     * @param strict whether unknown properties and duplicate keys are errors rather than warnings
     */
    public Decoding(String source, boolean strict) {
        this(source, strict, new HashMap<>(), new HashSet<>());
    }

    private Decoding(String source, boolean strict, Map<String, long[]> positions, Set<String> duplicates) {
        this.source = Objects.requireNonNull(source, "source");
        this.strict = strict;
        this.positions = positions;
        this.duplicates = duplicates;
    }

    /**
     * A decoding of a part of this value (an element of one of its arrays) that shares its positions
     * but keeps its own problems, so that the part can be judged on its own.
     *
     * @return the child decoding, not null
     */
    public Decoding child() {
        return new Decoding(source, strict, positions, duplicates);
    }

    /**
     * Whether unknown properties and duplicate keys are errors.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Records where a value starts.
     *
     * @param pointer the value's JSON Pointer, not null
     * @param line    the 1-based line
     * @param column  the 1-based column
     */
    void position(String pointer, long line, int column) {
        positions.put(pointer, new long[] {line, column});
    }

    /**
     * Records that a property was given more than once in its object; the object's reader reports
     * it, so that it counts against the element that holds it.
     *
     * @param pointer the property's JSON Pointer, not null
     */
    void duplicate(String pointer) {
        duplicates.add(pointer);
    }

    /**
     * Whether a property was given more than once in its object.
     *
     * @param pointer the property's JSON Pointer, not null
     * @return true if it was
     */
    boolean isDuplicate(String pointer) {
        return duplicates.contains(pointer);
    }

    /**
     * The location of a value: its own position, or that of its closest recorded ancestor (an absent
     * property is located at its object).
     *
     * @param pointer the value's JSON Pointer, not null
     * @return the location, not null
     */
    public Location locate(String pointer) {
        String current = pointer;
        while (true) {
            long[] position = positions.get(current);
            if (position != null) {
                return Location.ofPointer(source, pointer, position[0], (int) position[1]);
            }
            if (current.isEmpty()) {
                return Location.ofPointer(source, pointer, 0, 0);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /**
     * The location of the value at a property path of the whole value decoded.
     *
     * @param path the property path, such as {@code quarters[3].codes[0]}, not null
     * @return the location, not null
     */
    public Location locatePath(String path) {
        return locate(Paths.toPointer("", path));
    }

    /**
     * Reports an error about a value.
     *
     * @param at      the value, not null
     * @param code    the code, not null
     * @param value   the rejected value, may be null
     * @param details further message arguments
     */
    public void error(Cursor at, ProblemCode code, String value, String... details) {
        add(new Problem(Severity.ERROR, code, at.path(), value, List.of(details), locate(at.pointer())));
    }

    /**
     * Reports an error raised by a parser or constructor about a value.
     *
     * @param at        the value, not null
     * @param exception the exception, not null
     */
    public void error(Cursor at, InvalidValueException exception) {
        error(at, exception.code(), exception.value(), exception.details().toArray(String[]::new));
    }

    /**
     * Reports something that is an error in strict mode and a warning otherwise.
     *
     * @param at      the value, not null
     * @param code    the code, not null
     * @param value   the value concerned, may be null
     * @param details further message arguments
     */
    public void strictError(Cursor at, ProblemCode code, String value, String... details) {
        add(new Problem(strict ? Severity.ERROR : Severity.WARNING, code, at.path(), value, List.of(details),
                locate(at.pointer())));
    }

    /**
     * Adds a problem found by the domain's validation; its path gives its pointer and location.
     *
     * @param problem     the problem, with a path relative to {@code under}, not null
     * @param under       the value the path is relative to, not null
     */
    public void addFound(Problem problem, Cursor under) {
        Problem placed = problem.under(under.path());
        add(placed.at(locate(Paths.toPointer(under.pointer(), problem.path()))));
    }

    private void add(Problem problem) {
        problems.add(problem);
        if (problem.severity() == Severity.ERROR) {
            errors++;
        }
    }

    /**
     * How many errors were reported so far.
     *
     * @return the count
     */
    public int errorCount() {
        return errors;
    }

    /**
     * The problems reported so far, in order.
     *
     * @return an unmodifiable copy, not null
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
