package dev.parallax.actors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the knowledge base, each known by its header row. */
enum KbTable {
  COUNTRIES("alpha2", "alpha3", "cameo", "name", "official_name", "aliases", "demonyms", "capital"),
  ORGANIZATIONS("id", "code", "name", "aliases", "type", "parent", "country", "source", "note"),
  METONYMS("surface", "target", "role", "kind", "note"),
  ROLES("code", "description", "nouns"),
  OFFICES(
      "person",
      "variants",
      "surname",
      "holder",
      "office",
      "function",
      "code",
      "start",
      "end",
      "note");

  /** The files on the class path, under {@code dev/parallax/actors/kb/}, in loading order. */
  static final List<String> BUILT_IN =
      List.of(
          "countries.tsv",
          "organizations.tsv",
          "media.tsv",
          "roles.tsv",
          "metonyms.tsv",
          "offices.tsv");

  private final List<String> columns;

  KbTable(String... columns) {
    this.columns = List.of(columns);
  }

  List<String> columns() {
    return columns;
  }

  String header() {
    return String.join("\t", columns);
  }

  /** The table whose header is {@code headerCells}, ignoring case and surrounding spaces. */
  static Optional<KbTable> ofHeader(String[] headerCells) {
    List<String> cells =
        Arrays.stream(headerCells).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    return Arrays.stream(values()).filter(t -> t.columns.equals(cells)).findFirst();
  }
}
