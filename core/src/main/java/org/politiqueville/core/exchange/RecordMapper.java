package org.politiqueville.core.exchange;

import java.util.List;
import org.politiqueville.core.validation.Location;

/**
 * Turns the rows of a table into entities of one {@linkplain RecordKind kind}, and entities back
 * into rows, whatever the file format: the CSV adapter, a spreadsheet adapter or a batch job give
 * it cells and get entities or located problems.
 *
 * <p>Obtained from {@link RecordMappers}. Implementations are immutable and thread-safe: one
 * mapper can map the rows of many files at once.
 *
 * @param <T> the type of entity
 */
public interface RecordMapper<T> {

    /**
     * The kind of records this mapper reads and writes.
     *
     * @return the kind, tabular, not null
     */
    RecordKind kind();

    /**
     * The type of entity.
     *
     * @return the class, not null
     */
    Class<T> type();

    /**
     * Maps one row.
     *
     * <p>Reads each cell the {@code mapping} assigns to a column (blank cells are no value), builds
     * the entity, then checks it with the options' validator (Bean Validation and the entity's
     * rules; with the default validator, the few constraints of observations, quarters, documents,
     * communes and indicators are checked without going through Bean Validation, with the same
     * outcome) and with the rules that need the referential. Every problem is located with
     * {@link Location#ofCell(String, long, int, String)} at the cell holding the value at fault,
     * with the raw cell (or the item of a list cell) as its value, or at the line alone when no
     * single cell is at fault. Never throws for bad cells.
     *
     * @param mapping the file's header mapping, of this mapper's kind and complete, not null
     * @param cells   the row's cells in file order, not null, no null element; missing trailing
     *                cells are blank
     * @param line    the 1-based line where the record starts
     * @param source  the file name for the problems' locations, not null ({@code ""} if unknown)
     * @return the entity with its warnings, or the problems that reject the row; not null
     * @throws IllegalArgumentException if the mapping is of another kind
     */
    MappedRow<T> map(ColumnMapping mapping, List<String> cells, long line, String source);

    /**
     * The canonical names of the columns {@link #format(Object, CellStyle)} writes, in order: a
     * header row that {@link HeaderMapping} maps back to this kind.
     *
     * @return an unmodifiable list, not null
     */
    List<String> columns();

    /**
     * Writes an entity as a row of cells matching {@link #columns()}, which
     * {@link #map(ColumnMapping, List, long, String)} reads back to an equal entity (for entities the
     * referential can resolve, and list items without {@code ,}, {@code ;} or {@code |}). Lists are
     * joined with {@code ", "}; an absent value is an empty cell.
     *
     * @param entity the entity, not null
     * @param style  how numbers and dates are written, not null
     * @return the cells, unmodifiable, not null, no null element
     */
    List<String> format(T entity, CellStyle style);
}
