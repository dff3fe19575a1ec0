package dev.parallax.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one rule file: UTF-8, an optional byte-order mark, {@code #} comment lines and blank lines
 * skipped; the first other line is the header row naming the columns; each further line one row of
 * tab-separated cells, checked against the column types. A row that fails a check is left out and
 * recorded as a problem with its file and line; reading goes on.
 */
final class TableReader {
  /** A file as read: its rows, the keys its removal rows name, and its problems. */
  record Parsed(
      TableSpec spec, List<TableRow> rows, List<Removal> removals, List<RuleProblem> problems) {}

  /** A row whose first cell starts with {@link TableSpec#REMOVE}. */
  record Removal(String key, String source, int line) {}

  private TableReader() {}

  /** The file's header cells, lower case, or empty when it has no header row. */
  static Optional<List<String>> header(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      line = withoutBom(line);
      if (!skipped(line)) {
        return Optional.of(cells(line).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
      }
    }
    return Optional.empty();
  }

  static Parsed read(TableSpec spec, String source, BufferedReader in) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    boolean headed = false;
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (n == 1) {
        line = withoutBom(line);
      }
      if (skipped(line)) {
        continue;
      }
      List<String> cells = cells(line);
      if (!headed) {
        List<String> header = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(spec.header())) {
          problems.add(
              new RuleProblem(
                  source,
                  n,
                  "the first row must be the header "
                      + String.join("<TAB>", spec.header())
                      + ", not "
                      + String.join("<TAB>", cells)));
          return new Parsed(spec, List.of(), List.of(), problems);
        }
        headed = true;
        continue;
      }
      boolean removal = cells.get(0).startsWith(TableSpec.REMOVE);
      if (removal) {
        cells.set(0, cells.get(0).substring(TableSpec.REMOVE.length()).strip());
      }
      Optional<String> wrong = check(spec, cells, removal);
      if (wrong.isPresent()) {
        problems.add(new RuleProblem(source, n, wrong.get()));
        continue;
      }
      while (cells.size() < spec.columns().size()) {
        cells.add("");
      }
      TableRow row = new TableRow(spec, source, n, cells);
      if (removal) {
        removals.add(new Removal(row.key(), source, n));
      } else {
        rows.add(row);
      }
    }
    if (!headed) {
      problems.add(
          new RuleProblem(source, 0, "no header row " + String.join("<TAB>", spec.header())));
    }
    return new Parsed(spec, rows, removals, problems);
  }

  /**
   * What is wrong with a row's cells, if anything; a removal row needs only its key cells (all
   * cells when the table has no key columns).
   */
  private static Optional<String> check(TableSpec spec, List<String> cells, boolean removal) {
    List<Column> columns = spec.columns();
    if (cells.size() > columns.size()) {
      return Optional.of(cells.size() + " cells, the header names " + columns.size() + " columns");
    }
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (removal && spec.keyed() && !c.key()) {
        continue;
      }
      String cell = i < cells.size() ? cells.get(i) : "";
      Optional<String> wrong = check(c, cell);
      if (wrong.isPresent()) {
        return Optional.of("column " + c.name() + ": " + wrong.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> check(Column c, String cell) {
    if (cell.isEmpty()) {
      return switch (c.type()) {
        case OPTIONAL, LIST, DATE -> Optional.empty();
        default -> Optional.of("empty");
      };
    }
    try {
      switch (c.type()) {
        case INTEGER -> Integer.parseInt(cell);
        case DECIMAL -> Double.parseDouble(cell);
        case REGEX -> Pattern.compile(cell);
        case DATE -> LocalDate.parse(cell);
        case KIND -> {
          if (!c.kinds().contains(cell)) {
            return Optional.of(
                "'"
                    + cell
                    + "' is not one of "
                    + String.join(", ", c.kinds().stream().sorted().toList()));
          }
        }
        default -> {
          // TEXT, OPTIONAL and LIST take any text
        }
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of("'" + cell + "' is not a number");
    } catch (PatternSyntaxException e) {
      return Optional.of("not a regular expression: " + e.getDescription());
    } catch (DateTimeParseException e) {
      return Optional.of("'" + cell + "' is not a date (yyyy-mm-dd)");
    }
  }

  private static boolean skipped(String line) {
    return line.isBlank() || line.startsWith("#");
  }

  private static String withoutBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static List<String> cells(String line) {
    return new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
  }
}
