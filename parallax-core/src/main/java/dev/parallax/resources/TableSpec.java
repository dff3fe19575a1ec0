package dev.parallax.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule table's format: where the bundled file lives, its columns (the header row names them) and
 * its key. Rows with equal key cells form a group; a user's rows for a key replace the bundled
 * group of that key, and a row whose first cell starts with {@value #REMOVE} removes it. A table
 * without key columns keys each row by all its cells.
 *
 * @param path the file under {@code dev/parallax/} on the class path, and under a user's rules
 *     folder, for example {@code coverage/loaded-labels.tsv}
 * @param about one line saying what the table is for, shown to users
 * @param columns the columns, in header order
 */
public record TableSpec(String path, String about, List<Column> columns) {
  /** The prefix of a user row's first cell that removes the bundled rows of its key. */
  public static final String REMOVE = "!";

  public TableSpec {
    Objects.requireNonNull(path);
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(path + ": a table needs a column");
    }
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      if (names.contains(c.name())) {
        throw new IllegalArgumentException(path + ": column " + c.name() + " named twice");
      }
      names.add(c.name());
    }
  }

  public static TableSpec of(String path, String about, Column... columns) {
    return new TableSpec(path, about, List.of(columns));
  }

  /** The header row's cells. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** The index of column {@code name}. */
  public int index(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(path + " has no column " + name);
  }

  /** Whether some column is part of the key; if none is, the whole row is its key. */
  boolean keyed() {
    return columns.stream().anyMatch(Column::key);
  }
}
