package dev.parallax.resources;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One column of a rule table: its header name, what its cells hold, and whether it belongs to the
 * row's key (the cells by which a user's row replaces or removes a bundled one).
 *
 * @param name the header cell, lower case
 * @param type what a cell holds; checked for every row when the table is read
 * @param kinds for {@link Type#KIND} the allowed values, else empty
 * @param key whether the column is part of the row's key
 */
public record Column(String name, Type type, Set<String> kinds, boolean key) {
  /** What a cell holds. */
  public enum Type {
    /** Text, never empty. */
    TEXT,
    /** Text, or empty. */
    OPTIONAL,
    /** Values separated by {@code |}; may be empty. */
    LIST,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** A Java regular expression that compiles. */
    REGEX,
    /** An ISO date (yyyy-mm-dd), or empty. */
    DATE,
    /** One of a closed set of words ({@link #kinds()}). */
    KIND
  }

  public Column {
    kinds = Set.copyOf(kinds);
    if (type == Type.KIND && kinds.isEmpty()) {
      throw new IllegalArgumentException("column " + name + ": a kind column needs its kinds");
    }
  }

  public static Column text(String name) {
    return new Column(name, Type.TEXT, Set.of(), false);
  }

  public static Column optional(String name) {
    return new Column(name, Type.OPTIONAL, Set.of(), false);
  }

  public static Column list(String name) {
    return new Column(name, Type.LIST, Set.of(), false);
  }

  public static Column integer(String name) {
    return new Column(name, Type.INTEGER, Set.of(), false);
  }

  public static Column decimal(String name) {
    return new Column(name, Type.DECIMAL, Set.of(), false);
  }

  public static Column regex(String name) {
    return new Column(name, Type.REGEX, Set.of(), false);
  }

  public static Column date(String name) {
    return new Column(name, Type.DATE, Set.of(), false);
  }

  public static Column kind(String name, String... kinds) {
    return new Column(name, Type.KIND, Set.of(kinds), false);
  }

  /** The kind column whose values are the names of {@code type}'s constants. */
  public static Column kind(String name, Class<? extends Enum<?>> type) {
    return new Column(
        name,
        Type.KIND,
        Set.copyOf(List.of(type.getEnumConstants()).stream().map(Enum::name).toList()),
        false);
  }

  /**
   * The kind column whose values are {@code type}'s constants written as words: lower case, with
   * hyphens for underscores ({@code PLACE_HEAD} is {@code place-head}); {@link TableRow#kind} reads
   * them back.
   */
  public static Column kindWords(String name, Class<? extends Enum<?>> type) {
    return new Column(
        name,
        Type.KIND,
        Set.copyOf(List.of(type.getEnumConstants()).stream().map(Column::word).toList()),
        false);
  }

  /** A constant written as a word: lower case, hyphens for underscores. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** This column as part of the row's key. */
  public Column asKey() {
    return new Column(name, type, kinds, true);
  }
}
