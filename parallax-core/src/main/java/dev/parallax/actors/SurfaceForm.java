package dev.parallax.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a name as written: lower case, without diacritics, periods or apostrophes,
 * other punctuation as single spaces, without a leading "the" or a trailing possessive. So "the
 * Kremlin", "Kremlin", "Vučić" and "Vucic", "U.S." and "US", "Haradinaj-Stublla" and "Haradinaj
 * Stublla" meet. Thread-safe; pure functions.
 */
public final class SurfaceForm {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern DROPPED = Pattern.compile("[.'’ʼ‘`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");
  private static final KeyMemo<String> KEYS = new KeyMemo<>(SurfaceForm::make);

  private SurfaceForm() {}

  /** The lookup key of {@code text}; empty for null or text without letters or digits. */
  public static String key(String text) {
    return text == null ? "" : KEYS.of(text);
  }

  private static String make(String text) {
    String s = POSSESSIVE.matcher(text.strip()).replaceAll("");
    s = Normalizer.normalize(foldLetters(s), Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = DROPPED.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    return LEADING_THE.matcher(s).replaceAll("");
  }

  /**
   * True when {@code text} is a short acronym written in capitals ("US", "WHO", "U.N."): such names
   * only match text written in capitals too, so "who" and "us" stay words.
   */
  public static boolean isShortAcronym(String text) {
    String letters = text == null ? "" : text.replace(".", "").strip();
    return !letters.isEmpty()
        && letters.length() <= 3
        && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** True when {@code text} has no lower-case letter (so it may match a short acronym). */
  public static boolean isCapitalized(String text) {
    return text != null && text.chars().noneMatch(Character::isLowerCase);
  }

  /** Letters that Unicode decomposition leaves alone: stroked, ligature and dotless forms. */
  private static String foldLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'đ', 'ð' -> b.append('d');
        case 'Đ', 'Ð' -> b.append('D');
        case 'ł' -> b.append('l');
        case 'Ł' -> b.append('L');
        case 'ø' -> b.append('o');
        case 'Ø' -> b.append('O');
        case 'ı' -> b.append('i');
        case 'æ' -> b.append("ae");
        case 'Æ' -> b.append("AE");
        case 'œ' -> b.append("oe");
        case 'Œ' -> b.append("OE");
        case 'ß' -> b.append("ss");
        case 'þ' -> b.append("th");
        case 'Þ' -> b.append("Th");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
