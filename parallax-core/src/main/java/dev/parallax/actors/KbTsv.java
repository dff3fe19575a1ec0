package dev.parallax.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one knowledge-base file: lines starting with {@code #} and blank lines are comments, the
 * first other line is the header naming the table, each further line one row of tab-separated cells
 * (missing trailing cells are empty).
 */
final class KbTsv {
  /** One data row. */
  record Row(String source, int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    List<String> list(int i) {
      return Arrays.stream(cell(i).split("\\|"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }

    String where() {
      return source + ":" + line;
    }
  }

  /** A file's table and rows. */
  record Parsed(KbTable table, List<Row> rows) {}

  private KbTsv() {}

  /**
   * @throws IllegalArgumentException when the file has no header row of a known table
   */
  static Parsed read(String source, BufferedReader in) throws IOException {
    KbTable table = null;
    List<Row> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (table == null) {
        table =
            KbTable.ofHeader(cells)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            source
                                + ": the first row is not the header of a knowledge-base table"
                                + " (for example: "
                                + KbTable.METONYMS.header().replace("\t", "<TAB>")
                                + ")"));
        continue;
      }
      rows.add(new Row(source, n, List.of(cells)));
    }
    if (table == null) {
      throw new IllegalArgumentException(source + ": no header row");
    }
    return new Parsed(table, rows);
  }
}
