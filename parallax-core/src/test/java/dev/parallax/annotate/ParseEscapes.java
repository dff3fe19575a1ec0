package dev.parallax.annotate;

/**
 * The escapes of the hand-written parse format: {@code \\}, {@code \t}, {@code \n}, {@code \r},
 * {@code \s} (a space, where a literal one would be invisible), {@code \_} (a literal underscore
 * where {@code _} alone means "none") and {@code \}{@code uXXXX} for control characters, spaces
 * other than the plain one and invisible format characters, so that a file shows every character of
 * the body it stands for.
 */
final class ParseEscapes {
  private ParseEscapes() {}

  /** {@code s} escaped; plain spaces too when {@code spaces}. */
  static String escape(String s, boolean spaces) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case ' ' -> out.append(spaces ? "\\s" : " ");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (invisible(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A column value: {@code _} for null when {@code nullable}, else the escaped value. */
  static String field(String value, boolean nullable) {
    if (value == null) {
      return "_";
    }
    String escaped = escape(value, true);
    return nullable && escaped.equals("_") ? "\\_" : escaped;
  }

  /** The AFTER column for what follows a token up to the next one (or the end of the body). */
  static String after(String gap) {
    if (gap.isEmpty()) {
      return "SpaceAfter=No";
    }
    return gap.equals(" ") ? "_" : "SpacesAfter=" + escape(gap, true);
  }

  /** What the AFTER column stands for. */
  static String parseAfter(String column, String where) {
    if (column.equals("_")) {
      return " ";
    }
    if (column.equals("SpaceAfter=No")) {
      return "";
    }
    if (column.startsWith("SpacesAfter=") && column.length() > "SpacesAfter=".length()) {
      return unescape(column.substring("SpacesAfter=".length()), where);
    }
    throw new IllegalArgumentException(
        where + ": AFTER must be _, SpaceAfter=No or SpacesAfter=..., not " + column);
  }

  /** A column value: null for {@code _} when {@code nullable}. */
  static String parseField(String column, boolean nullable, String where) {
    if (nullable && column.equals("_")) {
      return null;
    }
    return unescape(column, where);
  }

  static String unescape(String s, String where) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = i + 1 < s.length() ? s.charAt(++i) : '\0';
      switch (e) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 's' -> out.append(' ');
        case '_' -> out.append('_');
        case 'u' -> {
          if (i + 4 >= s.length() || !s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            throw new IllegalArgumentException(where + ": \\u needs four hex digits in " + s);
          }
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default ->
            throw new IllegalArgumentException(where + ": unknown escape \\" + e + " in " + s);
      }
    }
    return out.toString();
  }

  private static boolean invisible(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || type == Character.FORMAT
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
