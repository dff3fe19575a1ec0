package dev.parallax.resources;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One checked row of a rule table: its cells, one per column (missing trailing cells are empty),
 * read by column name. The cells were checked against their column types when the table was read,
 * so the typed getters do not fail on a row a {@link Table} holds.
 *
 * @param spec the table's format
 * @param source the file the row came from
 * @param line its 1-based line in that file
 * @param cells the stripped cells, one per column
 */
public record TableRow(TableSpec spec, String source, int line, List<String> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The cell of column {@code name}, stripped; empty when the row left it out. */
  public String text(String name) {
    return cells.get(spec.index(name));
  }

  /** The cell of column {@code name}, or empty when blank. */
  public Optional<String> optional(String name) {
    String s = text(name);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The {@code |}-separated values of column {@code name}, each stripped, empty ones dropped. */
  public List<String> list(String name) {
    return Arrays.stream(text(name).split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public int integer(String name) {
    return Integer.parseInt(text(name));
  }

  public double decimal(String name) {
    return Double.parseDouble(text(name));
  }

  public Pattern regex(String name) {
    return Pattern.compile(text(name));
  }

  public Optional<LocalDate> date(String name) {
    return optional(name).map(LocalDate::parse);
  }

  /**
   * The kind in column {@code name} as a constant of {@code type}, written as its name or as a word
   * ({@link Column#kindWords}).
   */
  public <E extends Enum<E>> E kind(String name, Class<E> type) {
    String cell = text(name);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(cell) || Column.word(e).equals(cell)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        where() + ": " + name + " '" + cell + "' is no " + type.getSimpleName());
  }

  /** The cells of the key columns (all cells when the table has none), joined by tabs. */
  public String key() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (!spec.keyed() || spec.columns().get(i).key()) {
        if (!b.isEmpty()) {
          b.append('\t');
        }
        b.append(cells.get(i).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  /** {@code file:line}, for messages. */
  public String where() {
    return source + ":" + line;
  }
}
