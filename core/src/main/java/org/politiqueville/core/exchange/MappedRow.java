package org.politiqueville.core.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.Severity;

/**
 * What a {@link RecordMapper} made of one row: the entity with its warnings, or the problems that
 * reject the row.
 *
 * <p>A row is accepted when it gave an entity: its problems are then warnings only. A rejected row
 * has no entity and at least one error. Every problem is located at the row's line and, where one
 * cell is at fault, at that cell's column number and header, with the raw cell (or the raw item of
 * a list cell) as its value.
 *
 * @param <T>      the type of entity
 * @param entity   the entity, or null if the row is rejected
 * @param problems the row's problems in the order found, not null
 */
public record MappedRow<T>(T entity, List<Problem> problems) {

    /**
     * Checks that an accepted row has no error and a rejected one has some, and copies the problems.
     *
     * @param entity   the entity, or null if the row is rejected
     * @param problems the row's problems in the order found, not null
     * @throws NullPointerException     if {@code problems} is null or holds null
     * @throws IllegalArgumentException if an entity comes with an error, or no entity without one
     */
    public MappedRow {
        problems = List.copyOf(problems);
        boolean hasError = false;
        for (Problem problem : problems) {
            hasError |= problem.severity() == Severity.ERROR;
        }
        if (entity != null && hasError) {
            throw new IllegalArgumentException("an accepted row cannot have errors: " + problems);
        }
        if (entity == null && !hasError) {
            throw new IllegalArgumentException("a rejected row needs at least one error");
        }
    }

    /**
     * An accepted row.
     *
     * @param <T>      the type of entity
     * @param entity   the entity, not null
     * @param warnings its warnings, not null, no error
     * @return the row, not null
     */
    public static <T> MappedRow<T> accepted(T entity, List<Problem> warnings) {
        return new MappedRow<>(Objects.requireNonNull(entity, "entity"), warnings);
    }

    /**
     * A rejected row.
     *
     * @param <T>      the type of entity
     * @param problems why, not null, at least one error
     * @return the row, not null
     */
    public static <T> MappedRow<T> rejected(List<Problem> problems) {
        return new MappedRow<>(null, problems);
    }

    /**
     * Whether the row gave an entity.
     *
     * @return true if accepted
     */
    public boolean isAccepted() {
        return entity != null;
    }

    /**
     * The entity of an accepted row.
     *
     * @return the entity, or empty if the row is rejected
     */
    public Optional<T> optionalEntity() {
        return Optional.ofNullable(entity);
    }
}
