package dev.parallax.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bag-of-words body score of ../shared/eval/README.md: lower-cased {@code \w+} tokens (letters,
 * digits, underscore, as Python's Unicode {@code \w}), P = overlap / predicted tokens, R = overlap
 * / reference tokens, overlap counted with multiplicity.
 */
public final class WordBag {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private WordBag() {}

  public static Map<String, Integer> of(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }

  public static Prf score(String predicted, String reference) {
    Map<String, Integer> pred = of(predicted);
    Map<String, Integer> ref = of(reference);
    long overlap = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return Prf.of(overlap, total(pred), total(ref));
  }

  private static long total(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }
}
