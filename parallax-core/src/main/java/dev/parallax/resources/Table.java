package dev.parallax.resources;

import java.util.List;

/**
 * A rule table as read: its checked rows (a user's rows layered over the bundled ones) and the
 * problems of the rows it could not take.
 */
public record Table(TableSpec spec, List<TableRow> rows, List<RuleProblem> problems) {
  public Table {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
