package dev.parallax.outlets;

import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import java.util.List;
import java.util.Locale;

/**
 * A row of the outlet table ({@code outlets/outlets.tsv}): an outlet known by id, with the names,
 * domains, country and group a user (or the bundled table) gives it. Empty cells are empty strings
 * or lists.
 */
record OutletTable(
    String id,
    String name,
    List<String> aliases,
    List<String> domains,
    String country,
    String group) {

  /** The rows of {@code rules}' outlet table, in file order. */
  static List<OutletTable> of(Rules rules) {
    return rules.table(OutletDirectory.TABLE).rows().stream().map(OutletTable::of).toList();
  }

  private static OutletTable of(TableRow row) {
    return new OutletTable(
        row.text("id").strip().toUpperCase(Locale.ROOT),
        row.optional("name").orElse(""),
        row.list("aliases"),
        row.list("domains").stream().map(OutletDirectory::host).toList(),
        row.optional("country").orElse("").toUpperCase(Locale.ROOT),
        row.optional("group").orElse(""));
  }
}
