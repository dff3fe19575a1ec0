package dev.parallax.eval.baseline;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classes of time expressions by their text ({@code timex-classes.tsv}: ranges, offsets, anaphors,
 * quarters, weekdays, clock times, durations, vague references, units, dates, months, years,
 * seasons, sets), and which engine's value {@link TimexCombination} takes for each. An expression's
 * class is that of the first row whose pattern occurs in its text (case-insensitive); {@value
 * #OTHER} when none does. Immutable and thread-safe.
 */
public final class TimexClasses {
  /** The class of an expression no row matches. */
  public static final String OTHER = "OTHER";

  /** The table. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "eval/baseline/timex-classes.tsv",
          "classes of time expressions by text, and the engine whose value each takes",
          Column.text("class"),
          Column.kind("values", Values.class),
          Column.regex("pattern"));

  /** The engine whose value a class takes when the two are combined. */
  public enum Values {
    PARALLAX,
    HEIDELTIME
  }

  private record Row(String name, Pattern pattern) {}

  private final List<Row> rows;
  private final Map<String, Values> values;

  private TimexClasses(List<Row> rows, Map<String, Values> values) {
    this.rows = List.copyOf(rows);
    this.values = values;
  }

  /** The bundled classes. */
  public static TimexClasses bundled() {
    return of(Rules.bundled());
  }

  /**
   * The classes of {@code rules}' table.
   *
   * @throws IllegalArgumentException when two rows of one class name different engines
   */
  static TimexClasses of(Rules rules) {
    List<Row> rows = new ArrayList<>();
    Map<String, Values> values = new LinkedHashMap<>();
    for (TableRow r : rules.table(TABLE).rows()) {
      String name = r.text("class");
      Values v = r.kind("values", Values.class);
      Values earlier = values.putIfAbsent(name, v);
      if (earlier != null && earlier != v) {
        throw new IllegalArgumentException(r.where() + ": class " + name + " takes " + earlier);
      }
      rows.add(
          new Row(
              name,
              Pattern.compile(r.text("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    values.putIfAbsent(OTHER, Values.PARALLAX);
    return new TimexClasses(rows, Map.copyOf(values));
  }

  /** The class of an expression whose text is {@code text}. */
  public String classOf(String text) {
    for (Row r : rows) {
      if (r.pattern().matcher(text).find()) {
        return r.name();
      }
    }
    return OTHER;
  }

  /** The engine whose value expressions of class {@code name} take; Parallax for unknown names. */
  public Values values(String name) {
    return values.getOrDefault(name, Values.PARALLAX);
  }
}
